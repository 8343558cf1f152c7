package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.RuleSet;

class BlockLimitsTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final BlockLimits LIMITS = BlockLimits.of(RULES);

  @Test
  void aKeyOfARuleWithItsOwnLimitGetsThatLimit() {
    assertThat(LIMITS.limitOf("given_family_phonetic:AMT|R")).isEqualTo(100);
  }

  @Test
  void aKeyOfARuleWithoutALimitGetsTheRuleSets() {
    assertThat(LIMITS.limitOf("birth_date:1980-01-01")).isEqualTo(RULES.blocking().maxBlockSize());
  }

  @Test
  void aBlockYieldsPairsFromTwoRecordsUpToItsLimit() {
    assertThat(LIMITS.yieldsPairs("given_family_phonetic:AMT|R", 1)).isFalse();
    assertThat(LIMITS.yieldsPairs("given_family_phonetic:AMT|R", 2)).isTrue();
    assertThat(LIMITS.yieldsPairs("given_family_phonetic:AMT|R", 100)).isTrue();
    assertThat(LIMITS.yieldsPairs("given_family_phonetic:AMT|R", 101)).isFalse();
  }
}
