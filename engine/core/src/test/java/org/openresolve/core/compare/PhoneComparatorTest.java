package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;

/** The phone comparison of rules/default, by its level labels. */
class PhoneComparatorTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int PHONE = RULES.comparisonIndex("phone");

  private static String level(PersonRecord a, PersonRecord b) {
    ComparisonVector v = COMPARER.compare(MatchView.of(a), MatchView.of(b));
    return RULES.comparisons().get(PHONE).levels().get(v.level(PHONE)).label();
  }

  private static PersonRecord read(String id, String e164) {
    return record(id).phone(new Phone(e164, e164)).build();
  }

  private static PersonRecord unread(String id, String written) {
    return record(id).phone(new Phone(null, written)).build();
  }

  @Test
  void anUnreadNationalNumberIsTheSameNumberAsItsInternationalForm() {
    assertThat(level(unread("a", "07700 900123"), read("b", "+447700900123")))
        .isEqualTo("same national digits");
    assertThat(level(read("a", "+447700900123"), unread("b", "07700 900123")))
        .isEqualTo("same national digits");
  }

  @Test
  void twoUnreadNumbersWithOneNumberAgreeByTheirDigits() {
    assertThat(level(unread("a", "07700 900123"), unread("b", "(0)7700-900-123")))
        .isEqualTo("same national digits");
  }

  @Test
  void anUnreadNumberThatMatchesNothingSaysNothing() {
    assertThat(level(unread("a", "07700 900999"), read("b", "+447700900123"))).isEqualTo("missing");
  }

  @Test
  void twoReadNumbersStillCompareAsTheyWere() {
    assertThat(level(read("a", "+447700900123"), read("b", "+447700900123"))).isEqualTo("same");
    assertThat(level(read("a", "+447700900123"), read("b", "+337700900123")))
        .isEqualTo("different");
  }

  @ParameterizedTest
  @CsvSource({
    "7700900123, 447700900123, true",
    "7700900123, 7700900123, true",
    "900123, 44900123, false",
    "7700900123, 12347700900123, false",
    "7700900124, 447700900123, false"
  })
  void sameNumberAllowsACountryCodeOrTrunkPrefixBefore(String x, String y, boolean same) {
    assertThat(PhoneComparator.sameNumber(x, y)).isEqualTo(same);
  }
}
