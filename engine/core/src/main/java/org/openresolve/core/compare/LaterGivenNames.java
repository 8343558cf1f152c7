package org.openresolve.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openresolve.core.memo.RecentAnswers;
import org.openresolve.core.normalise.NameWords;

/**
 * The {@link org.openresolve.core.rules.ComparisonLevel.OtherGivenName} test: whether one record's
 * first given name stands among the other's later given names. A person may be known by a middle
 * name ("William Gary Clark" signs "Gary"), and a Vietnamese given name proper follows a middle
 * name that is often left out or cut to its initial ("Thi Hoa" and "H.", "T. Phong" and "Phong").
 */
final class LaterGivenNames {
  /** After these come a father's (and grandfather's) names, not the person's own. */
  private static final Set<String> FATHER_OF = Set.of("bin", "ibn", "bint", "binti", "ben", "ould");

  private static final RecentAnswers<GivenNames, List<String>> RECENT =
      new RecentAnswers<>(1 << 12);

  private LaterGivenNames() {}

  /**
   * @param givenA all given names of one record, folded and space-separated
   * @param forenameA its first given name ({@link MatchView.Name#forename()})
   */
  static boolean agree(String givenA, String forenameA, String givenB, String forenameB) {
    if (givenA == null || givenB == null || forenameA == null || forenameB == null) {
      return false;
    }
    return among(forenameA, later(givenB, forenameB)) || among(forenameB, later(givenA, forenameA));
  }

  /** The given names after the first, up to a "bin" or "ibn", patronymics left out. */
  static List<String> later(String given, String forename) {
    // Asked for every compared pair whose first given names differ; one record's names, many times.
    return given.length() <= forename.length()
        ? List.of()
        : RECENT.get(new GivenNames(given, forename), k -> laterOf(given, forename));
  }

  private record GivenNames(String given, String forename) {}

  private static List<String> laterOf(String given, String forename) {
    List<String> names = new ArrayList<>();
    for (String word : given.substring(forename.length()).strip().split(" ")) {
      if (FATHER_OF.contains(word)) {
        break;
      }
      // A patronymic is the father's name, shared by brothers and sisters.
      if (!word.isEmpty() && !NameWords.isPatronymic(word)) {
        names.add(word);
      }
    }
    return List.copyOf(names);
  }

  /** The name, or an initial on either side, is one of {@code names}. */
  private static boolean among(String name, List<String> names) {
    for (String other : names) {
      if (name.equals(other)
          || TextLevels.initialOf(name, other)
          || TextLevels.initialOf(other, name)) {
        return true;
      }
    }
    return false;
  }
}
