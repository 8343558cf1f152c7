package org.openresolve.core.cluster;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.GivenNamesApart;
import org.openresolve.core.rules.LevelSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * Two given names no spelling, typo, nickname, initial or transliteration of the other are two
 * people: "J Muir" may be James or Jane, but James and Jane are not one person. The rule set's own
 * given-name comparison judges the names, asked on its own over every name and alias of both
 * records (so a record is compatible when any of its names is), and the guard's levels say which of
 * its verdicts mean two names. A record without a given name is compatible with any.
 */
public final class GivenNameConflict implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PairComparer comparer;
  private final int comparison;
  private final boolean[] apart;
  private final List<String> labels;

  private GivenNameConflict(
      PairComparer comparer, int comparison, boolean[] apart, List<String> labels) {
    this.comparer = comparer;
    this.comparison = comparison;
    this.apart = apart;
    this.labels = labels;
  }

  /** The rule set's given-name guard, if it has one. */
  public static Optional<GivenNameConflict> of(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    GivenNamesApart guard = rules.guards().givenNamesApart();
    if (guard == null) {
      return Optional.empty();
    }
    List<ComparisonSpec> comparisons = rules.comparisons();
    for (int c = 0; c < comparisons.size(); c++) {
      if (comparisons.get(c).id().equals(guard.comparison())) {
        List<String> labels = comparisons.get(c).levels().stream().map(LevelSpec::label).toList();
        boolean[] apart = new boolean[labels.size()];
        // MISSING (level 0) never sets two records apart: one of them gives no given name.
        for (int level = 1; level < labels.size(); level++) {
          apart[level] = guard.levels().contains(labels.get(level));
        }
        return Optional.of(new GivenNameConflict(new PairComparer(rules), c, apart, labels));
      }
    }
    throw new IllegalArgumentException("no comparison with id '" + guard.comparison() + "'");
  }

  /** Why two records cannot be one person by their given names, if they cannot. */
  public Optional<String> between(MatchView a, MatchView b) {
    int level = comparer.levelAlone(comparison, a, b);
    if (!apart[level]) {
      return Optional.empty();
    }
    return Optional.of(
        "given names "
            + givenOf(a)
            + " and "
            + givenOf(b)
            + " are two names ("
            + labels.get(level)
            + ")");
  }

  private static String givenOf(MatchView v) {
    return v.names().stream()
        .map(MatchView.Name::given)
        .filter(g -> g != null)
        .findFirst()
        .orElse("?");
  }
}
