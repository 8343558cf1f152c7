package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.rules.RuleSet;

class PairReachTest {
  private static final long FAM = 1L;
  private static final long NAMES = 2L;

  @TempDir Path dir;
  private RuleSet rules;
  private PreparedRecord.Preparation preparation;

  @BeforeEach
  void load() {
    rules = RefiningRules.load(dir);
    preparation = new PreparedRecord.Preparation(rules);
  }

  private PairReach reach(Set<String> oversize, PreparedRecord a, PreparedRecord b) {
    return new PairReach.Finder(rules, oversize, new PairComparison(rules, null)).of(a, b);
  }

  private PreparedRecord person(String id, String given, String family, int year, int day) {
    return preparation.of(RefiningRules.person(id, given, family, year, 1, day));
  }

  @Test
  void aPairInABlockWithinItsLimitIsPairedByItsRule() {
    PairReach r =
        reach(
            Set.of(), person("1", "anna", "smith", 1980, 1), person("2", "anna", "smith", 1980, 1));

    assertThat(r.pairedRules()).isEqualTo(FAM | NAMES);
    assertThat(r.compared()).isTrue();
    assertThat(r.sharedKeys()).contains("fam:SM0|1980").noneMatch(k -> k.startsWith("fam/1:"));
  }

  @Test
  void aPairInAnOversizeBlockIsPairedByTheFinerKeyTheyShare() {
    PairReach r =
        reach(
            Set.of("fam:SM0|1980", "fam:XMT|1980"),
            person("1", "anna", "smith", 1980, 1),
            person("2", "alan", "smith", 1980, 2));

    assertThat(r.pairedRules()).isEqualTo(FAM);
    assertThat(r.sharedKeys()).contains("fam/1:SM0|1980/a");
    assertThat(r.compared()).isTrue();
  }

  @Test
  void aPairWhoseFinerKeysDifferIsReachedOnlyThroughTheOversizeBlock() {
    PairReach r =
        reach(
            Set.of("fam:SM0|1980", "fam:XMT|1980"),
            person("1", "anna", "smith", 1980, 1),
            person("2", "bob", "smith", 1980, 2));

    assertThat(r.sharedRules()).isEqualTo(FAM);
    assertThat(r.pairedRules()).isZero();
    assertThat(r.oversizeOnlyRules()).isEqualTo(FAM);
    assertThat(r.notCompared(new RuleMasks(rules))).isInstanceOf(DecisionReason.Oversize.class);
  }

  @Test
  void aPairWhoseOnlyRuleSkipsItIsNotCompared() {
    PairReach r =
        reach(
            Set.of(), person("1", "anna", "smith", 1980, 1), person("2", "anna", "smith", 1990, 2));

    assertThat(r.pairedRules()).isEqualTo(NAMES);
    assertThat(r.skipped()).isTrue();
    assertThat(r.notCompared(new RuleMasks(rules)))
        .isEqualTo(new DecisionReason.SkippedWhen(java.util.List.of("names")));
  }

  @Test
  void aPairSharingNoKeyIsNotBlocked() {
    PairReach r =
        reach(
            Set.of(), person("1", "anna", "smith", 1980, 1), person("2", "bob", "jones", 1990, 2));

    assertThat(r.sharedKeys()).isEmpty();
    assertThat(r.notCompared(new RuleMasks(rules))).isEqualTo(new DecisionReason.NotBlocked());
  }
}
