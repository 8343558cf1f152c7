package org.openresolve.core.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.core.rules.WordList;

/**
 * E-mail addresses, compared as the mailboxes they deliver to: every address of one record against
 * every address of the other, keeping the best level. Beyond the same mailbox, one local part at
 * two domains is one person's habit (people keep a mailbox name across providers, and a mistyped
 * domain is the same address), and two local parts a keystroke apart at one domain are one address
 * mistyped; but a local part anyone might choose, or one made only of the records' names (whole or
 * as initials) with no digits, says no more than the names do ({@link HandleEvidence}), and local
 * parts ending in different digits are two mailboxes. Missing when either record has no address.
 */
final class EmailComparator implements FieldComparator {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
  // A shorter local part ("jo", "ann") is one keystroke from too many others.
  private static final int SHORTEST_MISTYPED = 4;

  private final List<ComparisonLevel> levels;
  private final HandleEvidence evidence;

  EmailComparator(List<ComparisonLevel> levels, Function<String, WordList> lists) {
    this.levels = List.copyOf(levels);
    Set<String> listNames = new LinkedHashSet<>();
    for (ComparisonLevel level : this.levels) {
      if (level instanceof ComparisonLevel.EmailSameLocalPart s) {
        listNames.add(s.genericWords());
      }
    }
    this.evidence = new HandleEvidence(listNames.stream().map(lists).toList());
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Outcome best = null;
    for (String x : a.emails()) {
      for (String y : b.emails()) {
        int level = level(x, y, a, b);
        if (best == null || level < best.level()) {
          best = new Outcome(level, x, y);
          if (level == 1) {
            return best;
          }
        }
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  private int level(String x, String y, MatchView a, MatchView b) {
    Mailbox mx = Mailbox.of(x);
    Mailbox my = Mailbox.of(y);
    for (int i = 1; i < levels.size() - 1; i++) {
      if (holds(levels.get(i), x, y, mx, my, a, b)) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  private boolean holds(
      ComparisonLevel level, String x, String y, Mailbox mx, Mailbox my, MatchView a, MatchView b) {
    if (level instanceof ComparisonLevel.Exact) {
      return x.equals(y);
    } else if (level instanceof ComparisonLevel.EmailSameLocalPart) {
      return mx != null
          && my != null
          && !mx.domain().equals(my.domain())
          && mx.undecorated().equals(my.undecorated())
          && !evidence.saysNothing(mx.local(), mx.undecorated(), a, b)
          && !onlyNamesWithoutDigits(mx, a, b);
    } else if (level instanceof ComparisonLevel.EmailOneKeystroke) {
      return mx != null
          && my != null
          && mx.domain().equals(my.domain())
          && Math.min(mx.local().length(), my.local().length()) >= SHORTEST_MISTYPED
          && !HandleEvidence.digitsDiffer(mx.undecorated(), my.undecorated())
          && !onlyNamesWithoutDigits(mx, a, b)
          && !onlyNamesWithoutDigits(my, a, b)
          && ONE_EDIT.apply(mx.local(), my.local()) >= 0;
    } else if (level instanceof ComparisonLevel.JaroWinkler j) {
      return JARO_WINKLER.apply(x, y) >= j.threshold();
    } else if (level instanceof ComparisonLevel.Levenshtein l) {
      return Math.min(x.length(), y.length()) > l.maxDistance()
          && new LevenshteinDistance(l.maxDistance()).apply(x, y) >= 0;
    }
    throw new IllegalStateException(
        level + " is not an e-mail level; the rule checks should have refused it");
  }

  /**
   * A local part made only of the records' names, without digits ("amanda.jones", "jonesa"): any
   * namesake's choice, and the names are weighed already. Digits ("amanda.jones84") set it apart.
   */
  private static boolean onlyNamesWithoutDigits(Mailbox m, MatchView a, MatchView b) {
    return m.undecorated().digits().isEmpty()
        && HandleEvidence.onlyNames(m.undecorated().stem(), a, b);
  }

  /** An address split at its last "@"; null when it has no local part or no domain. */
  private record Mailbox(String local, String domain, UndecoratedHandle undecorated) {
    static Mailbox of(String address) {
      int at = address.lastIndexOf('@');
      if (at <= 0 || at == address.length() - 1) {
        return null;
      }
      String local = address.substring(0, at);
      return new Mailbox(local, address.substring(at + 1), UndecoratedHandle.of(local));
    }
  }
}
