package org.openresolve.core.compare;

import java.util.List;
import java.util.Objects;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * Identifiers: every identifier of one record against every one of the other, keeping the best
 * level. A missing issuer agrees with any issuer, since many sources do not record it.
 */
final class IdentifierComparator implements FieldComparator {
  private final List<ComparisonLevel> levels;

  IdentifierComparator(List<ComparisonLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Outcome best = null;
    for (MatchView.Id x : a.identifiers()) {
      for (MatchView.Id y : b.identifiers()) {
        int level = first(x, y);
        if (best == null || level < best.level()) {
          best = new Outcome(level, x.toString(), y.toString());
        }
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  private int first(MatchView.Id x, MatchView.Id y) {
    boolean sameKind =
        x.type().equals(y.type())
            && (x.issuer() == null || y.issuer() == null || x.issuer().equals(y.issuer()));
    for (int i = 1; i < levels.size() - 1; i++) {
      ComparisonLevel level = levels.get(i);
      boolean holds;
      if (level instanceof ComparisonLevel.Exact) {
        holds = sameKind && x.value().equals(y.value());
      } else if (level instanceof ComparisonLevel.IdentifierSameValue) {
        holds = x.value().equals(y.value());
      } else if (level instanceof ComparisonLevel.IdentifierOneCharOff) {
        holds = sameKind && oneEditApart(x.value(), y.value());
      } else if (level instanceof ComparisonLevel.IdentifierSameTypeIssuerDifferentValue) {
        holds = sameKind && !Objects.equals(x.value(), y.value());
      } else {
        throw new IllegalStateException(
            level + " is not an identifier level; the rule checks should have refused it");
      }
      if (holds) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  /** At most one substitution, insertion, deletion or transposition of neighbours. */
  static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
