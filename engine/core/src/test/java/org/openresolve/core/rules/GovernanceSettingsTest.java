package org.openresolve.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GovernanceSettingsTest {
  private static final HandlingCodes CODES =
      new HandlingCodes(List.of("OFFICIAL", "official-sensitive", "SECRET"));

  @Test
  void releasesRecordsAtOrBelowTheAudiencesCode() {
    assertThat(CODES.releasable("OFFICIAL", "OFFICIAL-SENSITIVE")).isTrue();
    assertThat(CODES.releasable("official-sensitive", "OFFICIAL-SENSITIVE")).isTrue();
    assertThat(CODES.releasable(null, "OFFICIAL")).isTrue();
    assertThat(CODES.releasable("SECRET", "OFFICIAL-SENSITIVE")).isFalse();
  }

  @Test
  void treatsAnUnknownCodeAsMoreRestrictiveThanAll() {
    assertThat(CODES.releasable("AGENCY-X-EYES-ONLY", "SECRET")).isFalse();
    assertThat(CODES.rank("AGENCY-X-EYES-ONLY")).isGreaterThan(CODES.rank("SECRET"));
  }

  @Test
  void rejectsAnAudienceThatIsNoHandlingCode() {
    assertThatThrownBy(() -> CODES.releasable("OFFICIAL", "PUBLIC"))
        .hasMessage(
            "audience 'PUBLIC' is not one of the handling codes [OFFICIAL, OFFICIAL-SENSITIVE, SECRET]");
  }

  @Test
  void countsARecordAsLowWhenItsSourceOrItsInformationIsGradedLow() {
    GradingPolicy p =
        new GradingPolicy(List.of("E", "F"), List.of("5", "6"), GradingPolicy.Action.REVIEW);

    assertThat(p.isLow("e", "2")).isTrue();
    assertThat(p.isLow("B", "6")).isTrue();
    assertThat(p.isLow("B", "2")).isFalse();
    assertThat(p.isLow(null, null)).isFalse();
  }

  @Test
  void readsTheGovernanceSectionsOfTheDefaultRuleSet() {
    RuleSet rules =
        RuleSet.load(java.nio.file.Path.of("..", "..", "rules", "default", "ruleset.yaml"));

    assertThat(rules.guards().exclusiveTypeNames()).contains("TAX_ID");
    assertThat(rules.guards().maxBirthYearGap()).isEqualTo(5);
    assertThat(rules.handlingCodes().order()).startsWith("OFFICIAL");
    assertThat(rules.grading().uncorroborated()).isEqualTo(GradingPolicy.Action.REVIEW);
  }
}
