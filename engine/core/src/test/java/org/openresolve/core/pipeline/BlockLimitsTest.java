package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void anOversizeBlockIsRefinedOnlyWhileItsRuleDeclaresAFinerLevel(@TempDir Path dir) {
    BlockLimits limits = BlockLimits.of(RefiningRules.load(dir));

    assertThat(limits.refines("fam:SM0|1980")).isTrue();
    assertThat(limits.refines("fam/1:SM0|1980/a")).isFalse();
    assertThat(limits.refines("names:AN|SM0")).isFalse();
  }

  @Test
  void aFinerKeyIsInUseOnlyWhereTheKeyItSplitsIsOversize() {
    assertThat(BlockLimits.inUse("fam:SM0|1980", Set.of())).isTrue();
    assertThat(BlockLimits.inUse("fam/1:SM0|1980/a", Set.of())).isFalse();
    assertThat(BlockLimits.inUse("fam/1:SM0|1980/a", Set.of("fam:SM0|1980"))).isTrue();
  }

  @Test
  void aRecordPairsOnKeysOfGatheredBlocksInUseAndWithinTheirLimit() {
    Predicate<String> pairable =
        BlockLimits.pairable(k -> !k.equals("fam:ALONE|1980"), Set.of("fam:SM0|1980"));

    assertThat(pairable.test("fam:SM0|1980")).isFalse();
    assertThat(pairable.test("fam/1:SM0|1980/a")).isTrue();
    assertThat(pairable.test("fam/1:JNS|1980/a")).isFalse();
    assertThat(pairable.test("fam:JNS|1980")).isTrue();
    assertThat(pairable.test("fam:ALONE|1980")).isFalse();
  }
}
