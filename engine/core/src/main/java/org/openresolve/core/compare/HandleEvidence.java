package org.openresolve.core.compare;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openresolve.core.rules.WordList;

/**
 * Whether a handle or an e-mail local part that two records share says anything about who they are.
 * A handle anyone might hold (a listed word, a stem too short to tell people apart, only a forename
 * of either record) says nothing. One that says no more than the records' names counts only when
 * both handles end in the same digits: one whose letters only spell a family name, alone or with
 * the forename's initial ("lnguyen"), is any namesake's choice; one made only of names that both
 * records carry ("long.nguyen" between two Long Nguyens) is too, and the name comparisons weigh
 * that name already, by how many records share it. The account and the e-mail comparisons ask the
 * same questions of a shared handle.
 */
final class HandleEvidence implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHORTEST_STEM = 3;

  private final List<WordList> generic;

  /**
   * @param generic the lists of handles anyone might choose
   */
  HandleEvidence(List<WordList> generic) {
    this.generic = List.copyOf(generic);
  }

  /**
   * A handle anyone might hold: a listed word, a stem too short to tell people apart, or only a
   * forename of either record ("anna", "anna85" for an Anna).
   */
  boolean generic(String handle, UndecoratedHandle undecorated, MatchView a, MatchView b) {
    String stem = undecorated.stem();
    if (stem.length() < SHORTEST_STEM) {
      return true;
    }
    for (WordList words : generic) {
      if (words.contains(handle) || words.contains(stem)) {
        return true;
      }
    }
    return isForename(stem, a) || isForename(stem, b);
  }

  /**
   * Two records sharing this handle learn nothing from it beyond their names: it is generic, or it
   * ends in no digits and {@linkplain #onlyTheirNames says no more than their names}.
   */
  boolean saysNothing(String handle, UndecoratedHandle undecorated, MatchView a, MatchView b) {
    return generic(handle, undecorated, a, b)
        || (undecorated.digits().isEmpty() && onlyTheirNames(undecorated.stem(), a, b));
  }

  /**
   * Both handles end in the same digits: the part that sets a handle apart from its owner's name.
   */
  static boolean sameDigits(UndecoratedHandle x, UndecoratedHandle y) {
    return !x.digits().isEmpty() && x.digits().equals(y.digits());
  }

  /**
   * Both handles end in digits, and not the same ones: "jack1986" and "jack1968", "sniper590" and
   * "sniper450". The digits are what people add to make a handle their own, so these are two
   * handles, however alike the letters.
   */
  static boolean digitsDiffer(UndecoratedHandle x, UndecoratedHandle y) {
    return !x.digits().isEmpty() && !y.digits().isEmpty() && !x.digits().equals(y.digits());
  }

  /**
   * Whether a handle's letters say no more than the two records' names: they only spell a family
   * name of either record, alone or with the forename's initial ({@link #spellsAName}), or they are
   * made only of names that both records carry. A profile named only by its handle is never in the
   * second case: the handle is the one place its name is written, and no name comparison weighs it.
   */
  static boolean onlyTheirNames(String stem, MatchView a, MatchView b) {
    return spellsAName(stem, a, b) || (onlyNames(stem, a) && onlyNames(stem, b));
  }

  /**
   * Whether a handle's letters only spell the family name of either record, alone or with the
   * forename's initial before or after it ("nguyen", "lnguyen", "nguyenl"). A handle that spells
   * the whole forename and family name ("long.nguyen") does not: fewer people share both.
   */
  private static boolean spellsAName(String stem, MatchView a, MatchView b) {
    return spellsAName(stem, a) || spellsAName(stem, b);
  }

  private static boolean spellsAName(String stem, MatchView v) {
    for (MatchView.Name n : v.names()) {
      if (n.family() == null) {
        continue;
      }
      String family = WordList.letterOrDigits(n.family());
      int at = family.length() < SHORTEST_STEM ? -1 : stem.indexOf(family);
      if (at < 0) {
        continue;
      }
      String rest = stem.substring(0, at) + stem.substring(at + family.length());
      String forename = n.forename() == null ? "" : WordList.letterOrDigits(n.forename());
      if (rest.isEmpty() || (!forename.isEmpty() && rest.equals(forename.substring(0, 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stem is made only of either record's names, whole or cut short to their first
   * letters, in any order ("amandajones", "jonesa", "lolab", "pingzh" for Ping Zhao): the way
   * anyone of that name writes a mailbox or handle, so two records sharing it share no more than
   * their names, which the name comparisons weigh.
   */
  static boolean onlyNames(String stem, MatchView a, MatchView b) {
    return onlyNames(stem, a) || onlyNames(stem, b);
  }

  private static boolean onlyNames(String stem, MatchView v) {
    Set<String> words = new HashSet<>();
    for (MatchView.Name n : v.names()) {
      for (String part : new String[] {n.given(), n.family()}) {
        if (part == null) {
          continue;
        }
        for (String word : part.split(" ")) {
          String w = WordList.letterOrDigits(word);
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
    }
    return !stem.isEmpty() && segments(stem, 0, words, 0);
  }

  // At most three names, each whole or its first letters, so "anna" and "smith" cannot spell any
  // text letter by letter.
  private static boolean segments(String stem, int from, Set<String> words, int used) {
    if (from == stem.length()) {
      return used > 0;
    }
    if (used == 3) {
      return false;
    }
    for (String w : words) {
      int shared = 0;
      while (shared < w.length()
          && from + shared < stem.length()
          && stem.charAt(from + shared) == w.charAt(shared)) {
        shared++;
      }
      for (int k = shared; k >= 1; k--) {
        if (segments(stem, from + k, words, used + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isForename(String stem, MatchView v) {
    for (MatchView.Name n : v.names()) {
      // A name of unknown parts is often the handle itself ("ismail_ce" as display name): no
      // forename.
      if (n.forename() != null && stem.equals(WordList.letterOrDigits(n.forename()))) {
        return true;
      }
    }
    return false;
  }
}
