package org.openresolve.core.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * Generational suffixes: missing when neither record gives one; EXACT when they share one ("Robert
 * King Jr." twice); the GENERATION_ONE_SIDE level, if there is one, when only one record gives one
 * ("Robert King Jr." and "Robert King": a son and his father share the name), else missing; the
 * ELSE level when both give different ones: a Jr. and a Sr. are a son and his father.
 */
final class GenerationComparator implements FieldComparator {
  private final int exact;
  private final int oneSide;
  private final int otherwise;

  GenerationComparator(List<ComparisonLevel> levels) {
    int e = -1;
    for (int i = 1; i < levels.size() - 1; i++) {
      if (levels.get(i) instanceof ComparisonLevel.Exact) {
        e = i;
        break;
      }
    }
    this.exact = e;
    int o = -1;
    for (int i = 1; i < levels.size() - 1; i++) {
      if (levels.get(i) instanceof ComparisonLevel.GenerationOneSide) {
        o = i;
        break;
      }
    }
    this.oneSide = o;
    this.otherwise = levels.size() - 1;
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Set<String> x = generations(a);
    Set<String> y = generations(b);
    if (x.isEmpty() && y.isEmpty()) {
      return new Outcome(0, null, null);
    }
    if (x.isEmpty() || y.isEmpty()) {
      return oneSide > 0
          ? new Outcome(
              oneSide,
              x.isEmpty() ? "" : String.join(" ", x),
              y.isEmpty() ? "" : String.join(" ", y))
          : new Outcome(0, null, null);
    }
    for (String g : x) {
      if (y.contains(g) && exact > 0) {
        return new Outcome(exact, g, g);
      }
    }
    return new Outcome(otherwise, String.join(" ", x), String.join(" ", y));
  }

  private static Set<String> generations(MatchView v) {
    Set<String> out = new LinkedHashSet<>();
    for (MatchView.Name n : v.names()) {
      if (n.generation() != null) {
        out.add(n.generation());
      }
    }
    return out;
  }
}
