package org.openresolve.core.compare;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * Birth dates: every date of one record against every date of the other, keeping the best level.
 *
 * <p>Dates compare at the precision both give. Two bare years, or a year and a full date, agree at
 * most on the year: "1984" and "1984" are not the same birth date, only the same year, and most
 * people born that year share it. A first of January stands in for an unknown day and month so
 * often that it counts as a bare year. Two full dates agree on the year (or year and month) only
 * when the parts both give agree: 1984-03-12 and 1984-07-25 are two different dates of one year,
 * which is evidence of two people, not partial agreement; one keystroke apart (a level the rule set
 * lists before) is a typo.
 */
final class DateComparator implements FieldComparator {
  private final List<ComparisonLevel> levels;
  // Rebuilt after the comparer is shipped to a task (see BoundedLevenshtein).
  private transient LevenshteinDistance[] distances;

  DateComparator(List<ComparisonLevel> levels) {
    this.levels = List.copyOf(levels);
    this.distances = BoundedLevenshtein.perLevel(this.levels);
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    distances = BoundedLevenshtein.perLevel(levels);
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    int best = Integer.MAX_VALUE;
    MatchView.Date bestX = null;
    MatchView.Date bestY = null;
    for (MatchView.Date x : a.birthDates()) {
      for (MatchView.Date y : b.birthDates()) {
        int level = first(x, y);
        if (level < best) {
          best = level;
          bestX = x;
          bestY = y;
        }
      }
    }
    return bestX == null ? new Outcome(0, null, null) : new Outcome(best, bestX.iso(), bestY.iso());
  }

  private int first(MatchView.Date written, MatchView.Date other) {
    MatchView.Date x = asKnown(written);
    MatchView.Date y = asKnown(other);
    for (int i = 1; i < levels.size() - 1; i++) {
      if (holds(i, x, y)) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  private boolean holds(int i, MatchView.Date x, MatchView.Date y) {
    ComparisonLevel level = levels.get(i);
    if (level instanceof ComparisonLevel.Exact) {
      return x.hasDay() && y.hasDay() && x.equals(y);
    } else if (level instanceof ComparisonLevel.Levenshtein) {
      return x.hasDay() && y.hasDay() && distances[i].apply(x.iso(), y.iso()) >= 0;
    } else if (level instanceof ComparisonLevel.DateSameYearMonth) {
      // Same year and month, and no day on which they could disagree.
      return x.month() > 0
          && x.year() == y.year()
          && x.month() == y.month()
          && !(x.hasDay() && y.hasDay());
    } else if (level instanceof ComparisonLevel.DateSameYear) {
      // Same year, and no month on which they could disagree.
      return x.year() == y.year() && (x.month() == 0 || y.month() == 0);
    } else if (level instanceof ComparisonLevel.DateDayMonthSwapped) {
      return x.hasDay()
          && y.hasDay()
          && x.year() == y.year()
          && x.day() != x.month()
          && x.day() == y.month()
          && x.month() == y.day();
    } else if (level instanceof ComparisonLevel.DateWithinYears w) {
      return Math.abs(x.year() - y.year()) <= w.years();
    }
    throw new IllegalStateException(
        level + " is not a date level; the rule checks should have refused it");
  }

  /**
   * A date at the precision it is known: a first of January, the usual stand-in for an unknown day,
   * is a bare year.
   */
  static MatchView.Date asKnown(MatchView.Date d) {
    return d.month() == 1 && d.day() == 1 ? new MatchView.Date(d.year(), 0, 0) : d;
  }
}
