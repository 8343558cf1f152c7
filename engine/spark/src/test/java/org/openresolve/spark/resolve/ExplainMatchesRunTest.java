package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.pipeline.LocalResolution;
import org.openresolve.core.pipeline.LocalResolver;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.model.Judgement;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.explain.Explainer;
import org.openresolve.spark.explain.PairExplanation;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.LocalSpark;

/**
 * {@code er explain} replays a pair through the run's own pipeline, so for every candidate pair of
 * a run (linked, refused by a judgement, in review, scored below it, or skipped by {@code
 * skip_when}) it says what the run wrote. The candidate pairs are those the in-memory runner finds
 * on the same input, which must agree with the Spark run pair for pair.
 */
class ExplainMatchesRunTest {
  private static final Path RULE_FILE = Path.of("../../rules/default/ruleset.yaml");
  private static final List<Judgement> JUDGEMENTS =
      List.of(
          new Judgement(
              "crim:C0",
              "web:X0",
              Judgement.Verdict.DIFFERENT,
              "a.analyst",
              Instant.parse("2026-11-01T00:00:00Z"),
              "fingerprints differ"));

  @TempDir static Path out;
  private static SparkSession spark;
  private static LocalResolution local;
  private static Explainer explainer;

  @BeforeAll
  static void resolveBothWays() throws IOException {
    spark = LocalSpark.start(ExplainMatchesRunTest.class);
    RuleSet rules = RuleSet.load(RULE_FILE);
    // A model trained on the whole determinism set, applied to a few of its people: few pairs, so
    // explain (a few queries a pair) stays quick.
    ModelParameters model =
        new LocalResolver(rules, null, List.of()).resolve(ResolveDeterminismTest.records()).model();
    List<PersonRecord> records = records();
    spark
        .createDataFrame(
            records.stream().map(PersonRecordRows::toRow).toList(), PersonRecordRows.SCHEMA)
        .write()
        .parquet(out.resolve("records").toString());
    Dataset<Row> written = spark.read().parquet(out.resolve("records").toString());
    ResolveResult result = new ResolveJob(spark, rules, model, JUDGEMENTS).run(written);
    ResolveTables.write(result, written, rules, "test-run", out);
    Files.writeString(out.resolve(Explainer.MODEL_FILE), result.model().toJson());
    Files.copy(RULE_FILE, out.resolve(Explainer.RULE_FILE));
    for (String list : rules.nameListFiles()) {
      Files.copy(RULE_FILE.resolveSibling(list), out.resolve(list));
    }
    result.release();
    local = new LocalResolver(rules, model, JUDGEMENTS).resolve(records);
    explainer = new Explainer(spark, out);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Three people of the determinism set and a namesake of the first born thirty years later. */
  private static List<PersonRecord> records() {
    List<PersonRecord> records = new ArrayList<>(ResolveDeterminismTest.records().subList(0, 9));
    PersonRecord first = records.get(0);
    PersonName name = first.names().get(0);
    records.add(
        PersonRecord.builder(
                new RecordKey(
                    "intel",
                    SourceKind.INTELLIGENCE_REPORTS,
                    "N1",
                    org.openresolve.spark.testing.SampleRecords.rowHash("intel:N1")))
            .name(
                new PersonName(
                    NameType.PRIMARY,
                    name.asWritten(),
                    name.script(),
                    name.latin(),
                    name.given(),
                    name.family(),
                    null,
                    null))
            .birthDate(PartialDate.of(first.birthDates().get(0).year() + 30, 3, 3))
            .build());
    return records;
  }

  @Test
  void theRunHasPairsOfEveryKindToExplain() {
    assertThat(local.skipped()).isNotEmpty();
    assertThat(local.count(PairDecision.LINK)).isPositive();
    assertThat(local.count(PairDecision.REFUSED)).isPositive();
    assertThat(local.count(PairDecision.NONE)).isPositive();
  }

  @Test
  void explainSaysOfEveryComparedPairWhatTheRunDecided() {
    for (LocalResolution.DecidedPair p : local.pairs()) {
      String left = local.key(p.compared().left());
      String right = local.key(p.compared().right());
      PairExplanation e = explainer.records(left, right);
      boolean sameEntity = local.membership().get(left).equals(local.membership().get(right));
      PairExplanation.Outcome expected =
          switch (p.decision().decision()) {
            case LINK -> PairExplanation.Outcome.LINKED;
            case REFUSED -> PairExplanation.Outcome.KEPT_APART;
            case REVIEW -> PairExplanation.Outcome.IN_REVIEW;
            case NONE ->
                sameEntity
                    ? PairExplanation.Outcome.SAME_ENTITY_THROUGH_OTHER_LINKS
                    : PairExplanation.Outcome.SCORED_BELOW_REVIEW;
          };
      assertThat(e.outcome()).as(left + " - " + right + ": " + e.detail()).isEqualTo(expected);
      assertThat(e.evidence().matchWeight())
          .as(left + " - " + right)
          .isEqualTo(p.decision().matchWeight());
    }
  }

  @Test
  void explainSaysOfEverySkippedPairThatSkipWhenLeftItUncompared() {
    for (LocalResolution.SkippedPair p : local.skipped()) {
      String left = local.key(p.left());
      String right = local.key(p.right());
      PairExplanation e = explainer.records(left, right);
      boolean sameEntity = local.membership().get(left).equals(local.membership().get(right));
      assertThat(e.outcome())
          .as(left + " - " + right + ": " + e.detail())
          .isEqualTo(
              sameEntity
                  ? PairExplanation.Outcome.SAME_ENTITY_THROUGH_OTHER_LINKS
                  : PairExplanation.Outcome.SKIPPED_BY_CONDITION);
    }
  }

  @Test
  void theInMemoryRunnerGivesEveryRecordTheEntityOfTheSparkRun() {
    Dataset<Row> membership =
        spark.read().parquet(out.resolve(ResolveTables.MEMBERSHIP).toString());
    for (Row r : membership.collectAsList()) {
      assertThat(local.membership().get(r.getAs("source") + ":" + r.getAs("record_id")))
          .isEqualTo(r.<String>getAs("entity_id"));
    }
    assertThat(membership.count()).isEqualTo(local.membership().size());
  }
}
