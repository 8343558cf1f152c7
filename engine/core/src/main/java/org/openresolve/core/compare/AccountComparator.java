package org.openresolve.core.compare;

import java.util.List;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.core.rules.WordList;

/**
 * Online accounts, from the same account on one platform down to handles that agree only once read
 * without decoration ({@link UndecoratedHandle}), and a handle of one record against the e-mail
 * local parts of the other. A handle anyone might choose ("admin", "info", one listed in the
 * level's word list) or that is only a forename of either record is no evidence at the handle
 * levels: a thousand Annas may be "anna" somewhere. The same account on one platform stays evidence
 * whatever its handle: how many people hold it is counted from the data. A handle whose letters
 * only spell the family name, alone or with the forename's initial ("lnguyen"), is no evidence at
 * the handle levels either unless both handles end in the same digits, and two handles ending in
 * different digits are never similar. The similarity levels (Jaro-Winkler, Levenshtein) pass
 * generic handles over too, with the words of every handle level's list. Missing when either record
 * has no account and no handle meets the other's e-mail addresses.
 */
final class AccountComparator implements FieldComparator {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private final List<ComparisonLevel> levels;
  private final HandleEvidence evidence;
  private final int localPartLevel;

  AccountComparator(List<ComparisonLevel> levels, Function<String, WordList> lists) {
    this.levels = List.copyOf(levels);
    java.util.Set<String> listNames = new java.util.LinkedHashSet<>();
    int local = -1;
    for (int i = 0; i < this.levels.size(); i++) {
      ComparisonLevel level = this.levels.get(i);
      if (level instanceof ComparisonLevel.HandleOtherPlatform h) {
        listNames.add(h.genericWords());
      } else if (level instanceof ComparisonLevel.HandleUndecorated h) {
        listNames.add(h.genericWords());
      } else if (level instanceof ComparisonLevel.HandleEmailLocalPart h) {
        listNames.add(h.genericWords());
        local = i;
      }
    }
    this.evidence = new HandleEvidence(listNames.stream().map(lists).toList());
    this.localPartLevel = local;
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Outcome best = null;
    for (MatchView.Handle x : a.handles()) {
      for (MatchView.Handle y : b.handles()) {
        int level = level(x, y, a, b);
        if (best == null || level < best.level()) {
          best = new Outcome(level, x.toString(), y.toString());
          if (level == 1) {
            return best;
          }
        }
      }
    }
    if (localPartLevel > 0 && (best == null || best.level() > localPartLevel)) {
      Outcome local = localPart(a.handles(), b.emails(), a, b, false);
      if (local == null) {
        local = localPart(b.handles(), a.emails(), a, b, true);
      }
      if (local != null) {
        return local;
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  /** The first level that holds for two accounts; the e-mail level never does. */
  private int level(MatchView.Handle x, MatchView.Handle y, MatchView a, MatchView b) {
    UndecoratedHandle ux = UndecoratedHandle.of(x.handle());
    UndecoratedHandle uy = UndecoratedHandle.of(y.handle());
    boolean generic =
        evidence.generic(x.handle(), ux, a, b)
            || evidence.generic(y.handle(), uy, a, b)
            || (!HandleEvidence.sameDigits(ux, uy)
                && (HandleEvidence.onlyTheirNames(ux.stem(), a, b)
                    || HandleEvidence.onlyTheirNames(uy.stem(), a, b)));
    boolean digitsDiffer = HandleEvidence.digitsDiffer(ux, uy);
    for (int i = 1; i < levels.size() - 1; i++) {
      ComparisonLevel level = levels.get(i);
      boolean holds;
      if (level instanceof ComparisonLevel.Exact) {
        holds = x.equals(y);
      } else if (generic || level instanceof ComparisonLevel.HandleEmailLocalPart) {
        holds = false;
      } else if (level instanceof ComparisonLevel.HandleOtherPlatform) {
        holds = x.handle().equals(y.handle()) && !x.platform().equals(y.platform());
      } else if (level instanceof ComparisonLevel.HandleUndecorated) {
        holds = ux.agrees(uy);
      } else if (digitsDiffer) {
        holds = false;
      } else if (level instanceof ComparisonLevel.JaroWinkler j) {
        holds = JARO_WINKLER.apply(x.handle(), y.handle()) >= j.threshold();
      } else if (level instanceof ComparisonLevel.Levenshtein l) {
        holds =
            Math.min(x.handle().length(), y.handle().length()) > l.maxDistance()
                && new LevenshteinDistance(l.maxDistance()).apply(x.handle(), y.handle()) >= 0;
      } else {
        throw new IllegalStateException(
            level + " is not an account level; the rule checks should have refused it");
      }
      if (holds) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  /**
   * The e-mail level when a handle equals, undecorated and with the same digits, the local part of
   * an address; null otherwise. The account is shown on its record's side.
   */
  private Outcome localPart(
      List<MatchView.Handle> handles,
      List<String> emails,
      MatchView a,
      MatchView b,
      boolean handlesOfB) {
    for (MatchView.Handle h : handles) {
      UndecoratedHandle handle = UndecoratedHandle.of(h.handle());
      for (String email : emails) {
        int at = email.lastIndexOf('@');
        if (at <= 0
            || !handle.equals(UndecoratedHandle.of(email.substring(0, at)))
            || evidence.saysNothing(h.handle(), handle, a, b)) {
          continue;
        }
        return handlesOfB
            ? new Outcome(localPartLevel, email, h.toString())
            : new Outcome(localPartLevel, h.toString(), email);
      }
    }
    return null;
  }
}
