package org.openresolve.core.compare;

import java.util.List;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.model.Sex;

/**
 * Sex: missing when either side is unknown; a conflict only between two known, different values.
 */
final class SexComparator implements FieldComparator {
  private final List<ComparisonLevel> levels;

  SexComparator(List<ComparisonLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Sex x = a.sex();
    Sex y = b.sex();
    if (x == Sex.UNKNOWN || y == Sex.UNKNOWN) {
      return new Outcome(0, null, null);
    }
    for (int i = 1; i < levels.size() - 1; i++) {
      ComparisonLevel level = levels.get(i);
      boolean holds =
          level instanceof ComparisonLevel.Exact
              ? x == y
              : level instanceof ComparisonLevel.SexConflict
                  && x.isKnown()
                  && y.isKnown()
                  && x != y;
      if (holds) {
        return new Outcome(i, x.code(), y.code());
      }
    }
    return new Outcome(levels.size() - 1, x.code(), y.code());
  }
}
