package org.openresolve.spark.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.evaluate.OverlapSums;
import org.openresolve.core.evaluate.TruePairFate;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Judgement;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.resolve.ResolveTables;
import org.openresolve.spark.testing.LocalSpark;
import org.openresolve.spark.testing.SameTables;

/**
 * An input read and matched in memory on the driver gives the tables, model, counts and scores the
 * Spark jobs give: the bundled example data (624 records in three kinds of source, quarantined rows
 * and field issues, links, review pairs and guards' refusals) with a SAME and a DIFFERENT
 * judgement, resolved both ways.
 */
class InMemoryMatchingTest {
  private static final Path RULES = Path.of("../../rules/default/ruleset.yaml");
  private static final Path DATA = Path.of("../../examples/data");
  private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(InMemoryMatchingTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private Path resolve(String name, ResolveOptions.Matching matching) {
    resolve(name, matching, null);
    return dir.resolve(name);
  }

  private ResolveOutcome resolve(String name, ResolveOptions.Matching matching, Path truth) {
    Path out = dir.resolve(name);
    List<SourceInput> inputs =
        List.of(
            new SourceInput(
                "criminal_records",
                SourceKind.CRIMINAL_RECORDS,
                DATA.resolve("criminal_records.csv").toString(),
                null,
                null),
            new SourceInput(
                "intelligence_reports",
                SourceKind.INTELLIGENCE_REPORTS,
                DATA.resolve("intelligence_reports.jsonl").toString(),
                null,
                null),
            new SourceInput(
                "open_web",
                SourceKind.OPEN_WEB,
                DATA.resolve("open_web.jsonl").toString(),
                null,
                null));
    List<Judgement> judgements =
        List.of(
            new Judgement(
                "criminal_records:WYP-0000055",
                "criminal_records:MPS-0000288",
                Judgement.Verdict.DIFFERENT,
                "a.analyst",
                AT,
                "fingerprints differ"),
            new Judgement(
                "criminal_records:EUROPOL-0000001",
                "open_web:OW-100001",
                Judgement.Verdict.SAME,
                "a.analyst",
                AT,
                "informant"));
    return new ResolveAction(
            ResolveOptions.builder(inputs, RULES, RuleSet.load(RULES), out)
                .judgements(judgements)
                .matching(matching)
                .truth(truth)
                .build())
        .run(spark);
  }

  @Test
  void aRunMatchedInMemoryIsScoredOnTheDriverAsTheSparkEvaluationScoresItsTables() {
    Path truth = DATA.resolve("truth.csv");
    EvaluateJob.Result onDriver =
        resolve("scored", ResolveOptions.Matching.IN_MEMORY, truth).evaluation();

    EvaluateJob.Result bySpark = new EvaluateJob(spark).run(dir.resolve("scored"), truth);

    OverlapSums a = bySpark.sums();
    OverlapSums b = onDriver.sums();
    assertThat(List.of(b.records(), b.sharedPairs(), b.predictedPairs(), b.truePairs()))
        .isEqualTo(List.of(a.records(), a.sharedPairs(), a.predictedPairs(), a.truePairs()));
    // The same terms, added in another order.
    assertThat(b.bcubedPrecisionSum()).isCloseTo(a.bcubedPrecisionSum(), within(1e-9));
    assertThat(b.bcubedRecallSum()).isCloseTo(a.bcubedRecallSum(), within(1e-9));
    assertThat(List.of(onDriver.onlyInOutput(), onDriver.onlyInTruth()))
        .isEqualTo(List.of(bySpark.onlyInOutput(), bySpark.onlyInTruth()));
    for (TruePairFate fate : TruePairFate.values()) {
      assertThat(onDriver.recallLoss().count(fate))
          .as(fate.name())
          .isEqualTo(bySpark.recallLoss().count(fate));
    }
    assertThat(onDriver.recallLoss().byRule()).isEqualTo(bySpark.recallLoss().byRule());
    // Not two empty scores: the example has true pairs found and lost.
    assertThat(onDriver.recallLoss().count(TruePairFate.FOUND)).isPositive();
    assertThat(onDriver.recallLoss().count(TruePairFate.NOT_BLOCKED)).isPositive();
  }

  @Test
  void matchingInMemoryWritesEveryTableTheSparkJobsWrite() throws IOException {
    Path jobs = resolve("spark-jobs", ResolveOptions.Matching.SPARK_JOBS);
    Path memory = resolve("in-memory", ResolveOptions.Matching.IN_MEMORY);

    assertThat(SameTables.differences(spark, jobs, memory)).isEmpty();
    JsonNode a = manifest(jobs);
    JsonNode b = manifest(memory);
    assertThat(b.path("counts").toString()).isEqualTo(a.path("counts").toString());
    assertThat(a.path("execution").path("matching").asText()).isEqualTo("spark_jobs");
    assertThat(b.path("execution").path("matching").asText()).isEqualTo("in_memory");
    // Not a comparison of two empty outputs: the input exercises every kind of decided pair.
    JsonNode resolve = b.path("counts").path("resolve");
    assertThat(resolve.path("links").asLong()).isPositive();
    assertThat(resolve.path("review_pairs").asLong()).isPositive();
    assertThat(resolve.path("refused_links").asLong()).isPositive();
    assertThat(
            spark
                .read()
                .parquet(memory.resolve(ResolveTables.MERGES).toString())
                .filter("judgement is not null")
                .count())
        .isEqualTo(1);
  }

  @Test
  void theDefaultRuleSetMatchesASmallInputInMemory() throws IOException {
    Path out = resolve("by-rule-set", ResolveOptions.Matching.BY_RULE_SET);

    assertThat(RuleSet.load(RULES).execution().inMemoryMaxRecords()).isGreaterThan(624L);
    assertThat(manifest(out).path("execution").path("matching").asText()).isEqualTo("in_memory");
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve(ResolveAction.MANIFEST).toFile());
  }
}
