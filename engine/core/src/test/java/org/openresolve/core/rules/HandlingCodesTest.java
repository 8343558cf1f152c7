package org.openresolve.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingCodesTest {
  private static final HandlingCodes CODES =
      new HandlingCodes(List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"));

  @Test
  void theMostRestrictiveCodeIsTheLatestInTheList() {
    assertThat(CODES.mostRestrictive(List.of("official", "SECRET", "OFFICIAL-SENSITIVE")))
        .isEqualTo("SECRET");
  }

  @Test
  void anUnknownCodeIsMoreRestrictiveThanAnyListedOne() {
    assertThat(CODES.mostRestrictive(List.of("SECRET", "EYES-ONLY"))).isEqualTo("EYES-ONLY");
  }

  @Test
  void twoUnknownCodesGiveTheAlphabeticallyFirstWhateverTheirOrder() {
    assertThat(CODES.mostRestrictive(List.of("Z-ONLY", "A-ONLY"))).isEqualTo("A-ONLY");
    assertThat(CODES.mostRestrictive(List.of("A-ONLY", "Z-ONLY"))).isEqualTo("A-ONLY");
  }

  @Test
  void membersWithoutACodeGiveNoCode() {
    assertThat(CODES.mostRestrictive(Arrays.asList(null, " "))).isNull();
  }
}
