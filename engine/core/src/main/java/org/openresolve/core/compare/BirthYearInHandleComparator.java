package org.openresolve.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * The birth year of one record against the digits that end the handles and e-mail local parts of
 * another that gives no name with a family part: people often add their birth year to a handle
 * ("tomasz_wisniewski86", "ngozi.chukwu1991@..."). Only handles ending in two or four digits, the
 * ways a year is written, are compared; a record without them, or the other without a birth year,
 * is missing, and so is a pair the name in a handle is not compared for ({@link
 * NameInHandleComparator}: both records give a family name, or neither, or the named one has no
 * forename and family name to read). Many handles end in digits, so a year agreeing alone says
 * little: the rule file lets it weigh only beside the name written in the handle.
 */
final class BirthYearInHandleComparator implements FieldComparator {
  private final List<ComparisonLevel> levels;

  BirthYearInHandleComparator(List<ComparisonLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    boolean aNamed = NameInHandleComparator.hasFamilyName(a);
    boolean bNamed = NameInHandleComparator.hasFamilyName(b);
    if (aNamed == bNamed) {
      return new Outcome(0, null, null);
    }
    return aNamed ? best(a, b, false) : best(b, a, true);
  }

  private Outcome best(MatchView named, MatchView nameless, boolean handleOnLeft) {
    List<String> handles = yearLike(nameless);
    List<Integer> years = years(named);
    if (handles.isEmpty() || years.isEmpty() || !readsName(named)) {
      return new Outcome(0, null, null);
    }
    Outcome best = null;
    for (String handle : handles) {
      String digits = UndecoratedHandle.of(handle).digits();
      for (int year : years) {
        int level = level(digits, year);
        if (best == null || level < best.level()) {
          String y = Integer.toString(year);
          best = handleOnLeft ? new Outcome(level, handle, y) : new Outcome(level, y, handle);
        }
      }
    }
    return best;
  }

  private int level(String digits, int year) {
    for (int i = 1; i < levels.size() - 1; i++) {
      ComparisonLevel level = levels.get(i);
      if (!(level instanceof ComparisonLevel.HandleBirthYear)) {
        throw new IllegalStateException(
            level + " is not a birth-year-in-handle level; the rule checks should have refused it");
      }
      if (writesYear(digits, year)) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  /**
   * Whether digits write a year: all four of it, or its last two ("86" for 1986, "05" for 2005).
   */
  static boolean writesYear(String digits, int year) {
    return digits.length() == 4
        ? digits.equals(Integer.toString(year))
        : digits.length() == 2 && Integer.parseInt(digits) == Math.floorMod(year, 100);
  }

  /**
   * Whether the name in a handle is compared for this record too: the year weighs only beside it,
   * so a pair the name is not read for is missing here as well.
   */
  private static boolean readsName(MatchView named) {
    for (MatchView.Name n : named.names()) {
      if (NameInHandleComparator.readable(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The handles and e-mail local parts that end in two or four digits, as a year is written, after
   * some letters (a handle of digits only spells no name).
   */
  private static List<String> yearLike(MatchView v) {
    List<String> handles = new ArrayList<>();
    for (String handle : HandleTexts.written(v)) {
      UndecoratedHandle undecorated = UndecoratedHandle.of(handle);
      int digits = undecorated.digits().length();
      if ((digits == 2 || digits == 4) && !HandleTexts.letters(undecorated.stem()).isEmpty()) {
        handles.add(handle);
      }
    }
    return handles;
  }

  private static List<Integer> years(MatchView v) {
    List<Integer> years = new ArrayList<>();
    for (MatchView.Date d : v.birthDates()) {
      if (!years.contains(d.year())) {
        years.add(d.year());
      }
    }
    return years;
  }
}
