package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PartialDate;

/** Birth dates agree only as far as both records know them (levels of rules/default). */
class BirthDatePrecisionTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int BIRTH_DATE = RULES.comparisonIndex("birth_date");

  private static PartialDate date(String iso) {
    String[] p = iso.split("-");
    return p.length == 1
        ? PartialDate.ofYear(Integer.parseInt(p[0]))
        : p.length == 2
            ? PartialDate.ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]))
            : PartialDate.of(
                Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
  }

  private static String level(String a, String b) {
    ComparisonVector v =
        COMPARER.compare(
            MatchView.of(record("a").birthDate(date(a)).build()),
            MatchView.of(record("b").birthDate(date(b)).build()));
    return RULES.comparisons().get(BIRTH_DATE).levels().get(v.level(BIRTH_DATE)).label();
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    // the same full date is the same birth date
    "1984-07-13, 1984-07-13, exact",
    // two bare years are only the same year: most people born that year share it
    "1984, 1984, same year",
    "1984, 1984-07-13, same year",
    "1984-07, 1984-07, same year and month",
    "1984-07, 1984-07-13, same year and month",
    // the first of January stands in for an unknown day and month
    "1984-01-01, 1984-01-01, same year",
    "1984-01-01, 1984-07-13, same year",
    // two full dates of one year that disagree on month or day are two dates, not partial agreement
    "1984-03-12, 1984-07-25, within a year",
    "1984-07-02, 1984-07-25, within a year",
    // one keystroke apart, or day and month exchanged, is a typo
    "1984-07-13, 1984-07-18, one digit off",
    "1984-07-03, 1984-03-07, day and month swapped",
    "1961-04-02, 1988-09-30, different"
  })
  void agreeAtThePrecisionBothGive(String a, String b, String expected) {
    assertThat(level(a, b)).isEqualTo(expected);
    assertThat(level(b, a)).isEqualTo(expected);
  }
}
