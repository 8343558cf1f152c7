package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.evaluate.ClusterEvaluation;
import org.openresolve.core.evaluate.InMemoryEvaluation;
import org.openresolve.core.evaluate.InMemoryEvaluation.RunRecord;
import org.openresolve.core.evaluate.InMemoryEvaluation.TruthRow;
import org.openresolve.core.evaluate.TruePairFate;
import org.openresolve.core.rules.RuleSet;

/**
 * A run held in memory scored against a truth file: four records, two true people, one pair found,
 * one left in review, one never blocked together (in another package than the evaluation for the
 * tiny rule set {@link RefiningRules}).
 */
class InMemoryEvaluationTest {
  @TempDir Path dir;
  private RuleSet rules;
  private List<RunRecord> run;

  @BeforeEach
  void resolveByHand() {
    rules = RefiningRules.load(dir);
    PreparedRecord.Preparation p = new PreparedRecord.Preparation(rules);
    run =
        List.of(
            new RunRecord(
                "s", "1", "E1", p.of(RefiningRules.person("1", "anna", "smith", 1980, 1, 1))),
            new RunRecord(
                "s", "2", "E1", p.of(RefiningRules.person("2", "anna", "smith", 1980, 1, 1))),
            new RunRecord(
                "s", "3", "E3", p.of(RefiningRules.person("3", "anna", "smith", 1980, 1, 1))),
            new RunRecord(
                "s", "4", "E4", p.of(RefiningRules.person("4", "boris", "kuznetsov", 1950, 2, 2))));
  }

  @Test
  void scoresTheRecordsBothNameAsTheClusterEvaluationDoesAndGivesEachTruePairItsFate() {
    List<TruthRow> truth =
        List.of(
            new TruthRow("s", "1", "A"),
            new TruthRow("s", "2", "A"),
            new TruthRow("s", "3", "A"),
            new TruthRow("s", "4", "B"),
            new TruthRow("s", "5", "B"),
            new TruthRow("s", "6", "C"));

    InMemoryEvaluation.Result r =
        InMemoryEvaluation.score(
            run,
            truth,
            Map.of(NodePair.of(0, 1), PairDecision.LINK, NodePair.of(0, 2), PairDecision.REVIEW),
            rules,
            Set.of());

    assertThat(r.sums().scores())
        .isEqualTo(
            ClusterEvaluation.score(
                Map.of("1", "E1", "2", "E1", "3", "E3", "4", "E4"),
                Map.of("1", "A", "2", "A", "3", "A", "4", "B")));
    assertThat(r.onlyInOutput()).isZero();
    assertThat(r.onlyInTruth()).isEqualTo(2);
    assertThat(r.recallLoss().truePairs()).isEqualTo(3);
    assertThat(r.recallLoss().count(TruePairFate.FOUND)).isEqualTo(1);
    assertThat(r.recallLoss().count(TruePairFate.IN_REVIEW)).isEqualTo(1);
    // Records 2 and 3 share both blocks, were compared and scored below review.
    assertThat(r.recallLoss().count(TruePairFate.SCORED_BELOW_REVIEW)).isEqualTo(1);
  }

  @Test
  void aTrueEntityOfOneRecordInTheRunGivesNoPairAndARecordNoTruthNamesIsOnlyInTheOutput() {
    InMemoryEvaluation.Result r =
        InMemoryEvaluation.score(
            run,
            List.of(new TruthRow("s", "1", "A"), new TruthRow("s", "4", "B")),
            Map.of(),
            rules,
            Set.of());

    assertThat(r.onlyInOutput()).isEqualTo(2);
    assertThat(r.onlyInTruth()).isZero();
    assertThat(r.recallLoss().truePairs()).isZero();
  }
}
