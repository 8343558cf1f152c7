package org.openresolve.core.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/** The default rule set's names-only key skips namesakes born years apart, and nothing else. */
class SkipConditionsTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final SkipConditions CONDITIONS = new SkipConditions(RULES);
  private static final long NAMES_ONLY = mask("given_family_phonetic");
  private static final long PHONE = mask("phone");

  private static long mask(String rule) {
    for (int i = 0; i < RULES.blocking().rules().size(); i++) {
      if (RULES.blocking().rules().get(i).id().equals(rule)) {
        return 1L << i;
      }
    }
    throw new IllegalArgumentException(rule);
  }

  private static MatchView john(String id, PartialDate born) {
    PersonRecord.Builder b =
        PersonRecord.builder(new RecordKey("s", SourceKind.CSV, id, "0".repeat(64)))
            .name(
                new PersonName(
                    NameType.PRIMARY,
                    "john smith",
                    "Latn",
                    "john smith",
                    "john",
                    "smith",
                    null,
                    null));
    return MatchView.of(born == null ? b.build() : b.birthDate(born).build());
  }

  @Test
  void skipsNamesakesBornYearsApartThatOnlyTheNamesOnlyKeyReaches() {
    assertThat(
            CONDITIONS.skips(
                NAMES_ONLY,
                john("a", PartialDate.of(1961, 4, 2)),
                john("b", PartialDate.of(1988, 9, 30)),
                COMPARER))
        .isTrue();
    assertThat(
            CONDITIONS.skips(
                NAMES_ONLY,
                john("a", PartialDate.of(1980, 4, 2)),
                john("b", PartialDate.of(1984, 9, 30)),
                COMPARER))
        .isTrue();
  }

  @Test
  void comparesThemWhenAnotherKeyAlsoReachesThePair() {
    assertThat(
            CONDITIONS.skips(
                NAMES_ONLY | PHONE,
                john("a", PartialDate.of(1961, 4, 2)),
                john("b", PartialDate.of(1988, 9, 30)),
                COMPARER))
        .isFalse();
  }

  @Test
  void comparesNamesakesWithAMissingDateATypoInTheYearOrCloseDates() {
    assertThat(
            CONDITIONS.skips(
                NAMES_ONLY, john("a", PartialDate.of(1961, 4, 2)), john("b", null), COMPARER))
        .isFalse();
    assertThat(
            CONDITIONS.skips(
                NAMES_ONLY,
                john("a", PartialDate.of(1961, 4, 2)),
                john("b", PartialDate.of(1971, 4, 2)),
                COMPARER))
        .isFalse();
    assertThat(
            CONDITIONS.skips(
                NAMES_ONLY,
                john("a", PartialDate.of(1961, 4, 2)),
                john("b", PartialDate.of(1961, 12, 2)),
                COMPARER))
        .isFalse();
  }

  @Test
  void aRuleWithoutConditionsSkipsNothing() {
    assertThat(
            CONDITIONS.skips(
                PHONE,
                john("a", PartialDate.of(1961, 4, 2)),
                john("b", PartialDate.of(1988, 9, 30)),
                COMPARER))
        .isFalse();
  }
}
