package org.openresolve.core.compare;

import java.util.List;
import java.util.function.Function;
import org.openresolve.core.memo.RecentTextPairs;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.core.rules.NameGroups;
import org.openresolve.core.rules.PersonField;

/**
 * Names: every name of one record against every name of the other, each also with given and family
 * exchanged, and with the words of one split as the other's are ({@link NameSplit}), keeping the
 * best level. For a single part (given or family), the exchanged reading is tried only when the
 * other half of the exchange also agrees, so "James Wilson" and "Peter James" do not score as
 * sharing a given name.
 *
 * <p>The given-name comparison looks at the first given name alone: middle names and patronymics
 * are secondary, and "Svetlana Romanovna" and "Artem Romanovich" share only their father.
 */
final class NameComparator implements FieldComparator {
  /**
   * How alike (Jaro-Winkler or transliteration) the other half of an exchange must be for it to
   * count.
   */
  static final double SWAP_CONFIRMATION = 0.8;

  private static final int RECENT_PAIRS = 1 << 14;

  private final PersonField field;
  private final TextLevels levels;
  // The OTHER_GIVEN_NAME level, decided here from the whole given names; -1 when there is none.
  private final int otherGivenLevel;
  // The ELSE level: the parts are different.
  private final int lastLevel;
  // A part's level depends on its two texts alone (its codes are theirs), so it is asked once.
  private final RecentTextPairs partLevels = new RecentTextPairs(RECENT_PAIRS);

  NameComparator(
      PersonField field, List<ComparisonLevel> levels, Function<String, NameGroups> lists) {
    if (field != PersonField.NAME
        && field != PersonField.GIVEN_NAME
        && field != PersonField.FAMILY_NAME) {
      throw new IllegalArgumentException("not a name field: " + field);
    }
    this.field = field;
    this.levels = new TextLevels(levels, lists);
    this.otherGivenLevel = indexOf(levels, ComparisonLevel.OtherGivenName.class);
    this.lastLevel = levels.size() - 1;
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Outcome best = null;
    for (MatchView.Name x : a.names()) {
      for (MatchView.Name y : b.names()) {
        best = better(best, straight(x, y));
        best = better(best, swapped(x, y));
        best = better(best, loneInOtherPart(x, y));
        best = better(best, split(x, y));
        if (best != null && best.level() == 1) {
          return best;
        }
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  /**
   * One name's words read with the other's split ({@link NameSplit}), either way round; null when
   * neither lines up.
   */
  private Outcome split(MatchView.Name x, MatchView.Name y) {
    MatchView.Name ySplit = NameSplit.as(y, x);
    MatchView.Name xSplit = NameSplit.as(x, y);
    return better(
        ySplit == null ? null : straight(x, ySplit), xSplit == null ? null : straight(xSplit, y));
  }

  private Outcome straight(MatchView.Name x, MatchView.Name y) {
    return switch (field) {
      case NAME -> full(x.full(), y.full(), x, y, false);
      case GIVEN_NAME ->
          laterGiven(part(x.forename(), y.forename(), x.forenameCodes(), y.forenameCodes()), x, y);
      default -> part(x.family(), y.family(), x.familyCodes(), y.familyCodes());
    };
  }

  /**
   * A name given in one part as one word ({@link MatchView.Name#lone}), read in the other part:
   * "gee" given alone against the family name of "Henry Gee", "Smith" family alone against a first
   * given name "Smith". Null when neither name is such, or the other has no such part.
   */
  private Outcome loneInOtherPart(MatchView.Name x, MatchView.Name y) {
    Outcome best = loneReadings(x, y);
    // Read in the other part, the word counts only where it agrees: that it differs from a part
    // it was never given as says nothing.
    return best != null && best.level() == lastLevel ? null : best;
  }

  private Outcome loneReadings(MatchView.Name x, MatchView.Name y) {
    Outcome best = null;
    if (field == PersonField.GIVEN_NAME) {
      if (x.given() == null && x.lone() != null) {
        best = better(best, part(x.lone(), y.forename(), x.familyCodes(), y.forenameCodes()));
      }
      if (y.given() == null && y.lone() != null) {
        best = better(best, part(x.forename(), y.lone(), x.forenameCodes(), y.familyCodes()));
      }
    } else if (field == PersonField.FAMILY_NAME) {
      if (x.family() == null && x.lone() != null) {
        best = better(best, part(x.lone(), y.family(), x.givenCodes(), y.familyCodes()));
      }
      if (y.family() == null && y.lone() != null) {
        best = better(best, part(x.family(), y.lone(), x.familyCodes(), y.givenCodes()));
      }
    }
    return best;
  }

  /** A first-name level below OTHER_GIVEN_NAME gives way to it when that holds. */
  private Outcome laterGiven(Outcome forenames, MatchView.Name x, MatchView.Name y) {
    if (forenames == null || otherGivenLevel < 0 || forenames.level() <= otherGivenLevel) {
      return forenames;
    }
    return LaterGivenNames.agree(x.given(), x.forename(), y.given(), y.forename())
        ? new Outcome(otherGivenLevel, x.given(), y.given())
        : forenames;
  }

  private static int indexOf(List<ComparisonLevel> levels, Class<? extends ComparisonLevel> type) {
    for (int i = 0; i < levels.size(); i++) {
      if (type.isInstance(levels.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private Outcome swapped(MatchView.Name x, MatchView.Name y) {
    if (y.swapped() == null || x.given() == null || x.family() == null) {
      return null;
    }
    return switch (field) {
      case NAME -> full(x.full(), y.swapped(), x, y, true);
      case GIVEN_NAME ->
          confirmed(x.family(), y.forename())
              ? part(x.forename(), y.family(), x.forenameCodes(), y.familyCodes())
              : null;
      default ->
          confirmed(x.forename(), y.family())
              ? part(x.family(), y.forename(), x.familyCodes(), y.forenameCodes())
              : null;
    };
  }

  private Outcome full(
      String left, String right, MatchView.Name x, MatchView.Name y, boolean swapped) {
    // A full name sounds alike when both parts do; a name of unknown parts carries its codes in
    // both.
    List<String> yGiven = swapped ? y.familyCodes() : y.givenCodes();
    List<String> yFamily = swapped ? y.givenCodes() : y.familyCodes();
    boolean alike =
        TextLevels.shareAny(x.givenCodes(), yGiven)
            && TextLevels.shareAny(x.familyCodes(), yFamily);
    List<String> marker = List.of("");
    int level = levels.first(left, right, left, right, marker, alike ? marker : List.of());
    return new Outcome(level, left, right);
  }

  private Outcome part(String left, String right, List<String> leftCodes, List<String> rightCodes) {
    if (left == null || right == null) {
      return null;
    }
    int level =
        (int)
            partLevels.get(
                left, right, 0, (a, b, tag) -> levels.first(a, b, a, b, leftCodes, rightCodes));
    return new Outcome(level, left, right);
  }

  /** The other half agrees: a close spelling, or another transliteration ("ivanov", "iwanow"). */
  private static boolean confirmed(String left, String right) {
    return left != null
        && right != null
        && (TextLevels.jaroWinklerAtLeast(left, right, SWAP_CONFIRMATION)
            || Transliteration.similarity(left, right, SWAP_CONFIRMATION) >= SWAP_CONFIRMATION);
  }

  /**
   * The given-name and family-name outcomes of a pair read from one name of each record, the
   * pairing (and reading, straight or exchanged) whose worse part agrees best, then whose two parts
   * do. A record with aliases holds several people's worth of names: taking the best given name
   * from one alias and the best family name from another would link "Anna Kowalska" (alias "Maria
   * Nowak") to "Maria Kowalska". An exchanged reading counts only when both its halves agree.
   *
   * @return the given-name outcome, then the family-name one; either missing (level 0) when no
   *     pairing gives that part
   */
  static Outcome[] together(NameComparator given, NameComparator family, MatchView a, MatchView b) {
    Outcome[] best = null;
    for (MatchView.Name x : a.names()) {
      for (MatchView.Name y : b.names()) {
        best = jointlyBetter(best, given.straight(x, y), family.straight(x, y));
        // A lone word read in the other part stands for one part only: the part it is not read
        // in stays missing, so one word is never counted twice.
        best = jointlyBetter(best, given.loneInOtherPart(x, y), null);
        best = jointlyBetter(best, null, family.loneInOtherPart(x, y));
        Outcome g = given.swapped(x, y);
        Outcome f = family.swapped(x, y);
        if (g != null && f != null) {
          best = jointlyBetter(best, g, f);
        }
        MatchView.Name ySplit = NameSplit.as(y, x);
        if (ySplit != null) {
          best = jointlyBetter(best, given.straight(x, ySplit), family.straight(x, ySplit));
        }
        MatchView.Name xSplit = NameSplit.as(x, y);
        if (xSplit != null) {
          best = jointlyBetter(best, given.straight(xSplit, y), family.straight(xSplit, y));
        }
        if (best != null
            && best[0] != null
            && best[1] != null
            && best[0].level() == 1
            && best[1].level() == 1) {
          return best;
        }
      }
    }
    Outcome none = new Outcome(0, null, null);
    return best == null
        ? new Outcome[] {none, none}
        : new Outcome[] {best[0] == null ? none : best[0], best[1] == null ? none : best[1]};
  }

  private static Outcome[] jointlyBetter(Outcome[] best, Outcome g, Outcome f) {
    if (g == null && f == null) {
      return best;
    }
    Outcome[] candidate = {g, f};
    return best == null || rank(candidate) < rank(best) ? candidate : best;
  }

  // Worse part first, then both: a part no name gives ranks below any level.
  private static long rank(Outcome[] parts) {
    int worst = 0;
    int sum = 0;
    for (Outcome o : parts) {
      int level = o == null ? Short.MAX_VALUE : o.level();
      worst = Math.max(worst, level);
      sum += level;
    }
    return ((long) worst << 32) | sum;
  }

  private static Outcome better(Outcome best, Outcome candidate) {
    return candidate != null && (best == null || candidate.level() < best.level())
        ? candidate
        : best;
  }
}
