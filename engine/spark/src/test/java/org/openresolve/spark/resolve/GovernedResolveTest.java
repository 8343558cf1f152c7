package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.model.Grading;
import org.openresolve.model.Judgement;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.SourceMetadata;
import org.openresolve.model.SubjectCategory;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.LocalSpark;

/**
 * What analysts and policy add to scoring: a DIFFERENT judgement holds two records apart even when
 * strong links chain them together, and a link resting only on low-graded records goes to review.
 * One trained run gives the model; the governed run applies it frozen, so only the policies differ.
 */
class GovernedResolveTest {
  private static SparkSession spark;
  private static RuleSet rules;
  private static Map<String, String> baseline;
  private static ModelParameters model;

  @BeforeAll
  static void resolveWithoutPolicies() {
    spark = LocalSpark.start(GovernedResolveTest.class);
    rules = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
    ResolveResult r =
        new ResolveJob(spark, rules, null).run(input(ResolveDeterminismTest.records()));
    baseline = Memberships.of(r);
    model = r.model();
    r.release();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static org.apache.spark.sql.Dataset<Row> input(List<PersonRecord> records) {
    return spark.createDataFrame(
        records.stream().map(PersonRecordRows::toRow).toList(), PersonRecordRows.SCHEMA);
  }

  @Test
  void aDifferentJudgementKeepsTwoRecordsApartEvenWhenAChainOfStrongLinksJoinsThem() {
    assertThat(baseline.get("crim:C0"))
        .isEqualTo(baseline.get("web:X0"))
        .isEqualTo(baseline.get("web:W0"));
    Judgement apart =
        new Judgement(
            "crim:C0",
            "web:X0",
            Judgement.Verdict.DIFFERENT,
            "a.analyst",
            Instant.parse("2026-11-01T00:00:00Z"),
            "fingerprints differ");

    ResolveResult r =
        new ResolveJob(spark, rules, model, List.of(apart))
            .run(input(ResolveDeterminismTest.records()));
    Map<String, String> m = Memberships.of(r);

    assertThat(m.get("crim:C0")).isNotEqualTo(m.get("web:X0"));
    assertThat(r.refusedLinks()).isPositive();
    List<Row> refused =
        r.scoredPairs().filter("decision = 'REFUSED'").select(LinkPolicies.REFUSAL).collectAsList();
    assertThat(refused)
        .anySatisfy(
            row -> assertThat(row.getString(0)).contains("judged crim:C0 and web:X0 DIFFERENT"));
    r.release();
  }

  @Test
  void twoSubjectsOfOneReportAreNeverMergedHoweverAlikeTheyLook() {
    // Two subjects of one intelligence report, written alike (the source names both "Ivan Petrov",
    // born the same day): the report itself says they are two people.
    List<PersonRecord> records = new ArrayList<>(ResolveDeterminismTest.records());
    String reportRow = "ef".repeat(32);
    for (String subject : List.of("IR-1/S1", "IR-1/S2")) {
      records.add(
          PersonRecord.builder(
                  new org.openresolve.model.RecordKey(
                      "intel",
                      org.openresolve.model.SourceKind.INTELLIGENCE_REPORTS,
                      subject,
                      reportRow))
              .name(
                  new org.openresolve.model.PersonName(
                      org.openresolve.model.NameType.PRIMARY,
                      "Ivan Petrov",
                      "Latn",
                      "ivan petrov",
                      "ivan",
                      "petrov",
                      null,
                      null))
              .birthDate(org.openresolve.model.PartialDate.of(1980, 5, 6))
              .phone(new org.openresolve.model.Phone("+79160000001", "+7 916 000 00 01"))
              .build());
    }

    ResolveResult r = new ResolveJob(spark, rules, model).run(input(records));
    Map<String, String> m = Memberships.of(r);

    assertThat(m.get("intel:IR-1/S1")).isNotEqualTo(m.get("intel:IR-1/S2"));
    List<Row> refused =
        r.scoredPairs().filter("decision = 'REFUSED'").select(LinkPolicies.REFUSAL).collectAsList();
    assertThat(refused)
        .anySatisfy(
            row ->
                assertThat(row.getString(0))
                    .contains("intel:IR-1/S1 and intel:IR-1/S2 are two subjects of one input row"));
    r.release();
  }

  @Test
  void aLinkBetweenRecordsGradedOnlyLowGoesToReviewInsteadOfMerging() {
    assertThat(baseline.get("crim:C1")).isEqualTo(baseline.get("web:X1"));
    List<PersonRecord> graded = new ArrayList<>();
    for (PersonRecord p : ResolveDeterminismTest.records()) {
      boolean personOne = p.key().recordId().endsWith("1") && p.key().recordId().length() == 2;
      graded.add(personOne ? lowGraded(p) : p);
    }

    ResolveResult r = new ResolveJob(spark, rules, model).run(input(graded));
    Map<String, String> m = Memberships.of(r);

    assertThat(m.get("crim:C1")).isNotEqualTo(m.get("web:X1"));
    assertThat(r.scoredPairs().filter("decision = 'REVIEW' AND uncorroborated").count())
        .isPositive();
    r.release();
  }

  @Test
  void pairTablesNameTheEntitiesOfTheirRecordsAndReviewPairsCarryTheirPriority(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    List<PersonRecord> graded = new ArrayList<>();
    for (PersonRecord p : ResolveDeterminismTest.records()) {
      boolean personOne = p.key().recordId().endsWith("1") && p.key().recordId().length() == 2;
      graded.add(personOne ? lowGraded(p) : p);
    }
    org.apache.spark.sql.Dataset<Row> records = input(graded);
    ResolveResult r = new ResolveJob(spark, rules, model).run(records);
    Map<String, String> m = Memberships.of(r);
    Map<String, Long> sizes = new java.util.HashMap<>();
    m.values().forEach(e -> sizes.merge(e, 1L, Long::sum));

    ResolveTables.write(r, records, rules, "test-run", dir);
    r.release();

    List<Row> merges =
        spark.read().parquet(dir.resolve(ResolveTables.MERGES).toString()).collectAsList();
    assertThat(merges)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              String entity = row.getAs("entity_id");
              assertThat(entity)
                  .isEqualTo(m.get(row.getAs("source_l") + ":" + row.getAs("record_id_l")))
                  .isEqualTo(m.get(row.getAs("source_r") + ":" + row.getAs("record_id_r")));
            });
    List<Row> review =
        spark.read().parquet(dir.resolve(ResolveTables.REVIEW).toString()).collectAsList();
    assertThat(review)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              String left = m.get(row.getAs("source_l") + ":" + row.getAs("record_id_l"));
              String right = m.get(row.getAs("source_r") + ":" + row.getAs("record_id_r"));
              assertThat((String) row.getAs("entity_id_l")).isEqualTo(left);
              assertThat((String) row.getAs("entity_id_r")).isEqualTo(right);
              assertThat((Double) row.getAs("priority"))
                  .isEqualTo(
                      org.openresolve.core.pipeline.ReviewPriority.of(
                          row.getAs("match_probability"),
                          sizes.get(left),
                          sizes.get(right),
                          left.equals(right)));
            });
    assertThat(spark.read().parquet(dir.resolve(ResolveTables.REFUSED).toString()).columns())
        .contains("entity_id_l", "entity_id_r");
  }

  private static PersonRecord lowGraded(PersonRecord p) {
    SourceMetadata m = p.metadata();
    return new PersonRecord(
        p.key(),
        p.names(),
        p.birthDates(),
        p.sex(),
        p.nationalities(),
        p.placeOfBirth(),
        p.identifiers(),
        p.addresses(),
        p.phones(),
        p.emails(),
        p.accounts(),
        p.wallets(),
        p.urls(),
        new SourceMetadata(
            "unit",
            null,
            null,
            SubjectCategory.SUSPECT,
            new Grading(Grading.ADMIRALTY, "E", "5"),
            null,
            null));
  }

  @Test
  void anErasedBridgeRecordSplitsTheEntityItHeldTogether() {
    // C3 and X5 are different people; two SAME judgements join them only through W4.
    Instant at = Instant.parse("2026-11-01T00:00:00Z");
    List<Judgement> bridge =
        List.of(
            new Judgement(
                "crim:C3", "web:W4", Judgement.Verdict.SAME, "a.analyst", at, "informant"),
            new Judgement(
                "web:W4", "web:X5", Judgement.Verdict.SAME, "a.analyst", at, "informant"));
    ResolveResult joined =
        new ResolveJob(spark, rules, model, bridge).run(input(ResolveDeterminismTest.records()));
    Map<String, String> before = Memberships.of(joined);
    joined.release();
    List<PersonRecord> erased =
        ResolveDeterminismTest.records().stream()
            .filter(p -> !p.key().qualifiedId().equals("web:W4"))
            .toList();

    ResolveResult split = new ResolveJob(spark, rules, model, bridge).run(input(erased));
    Map<String, String> after = Memberships.of(split);

    assertThat(before.get("crim:C3")).isEqualTo(before.get("web:X5"));
    assertThat(after).doesNotContainKey("web:W4");
    assertThat(after.get("crim:C3")).isNotEqualTo(after.get("web:X5"));
    assertThat(split.unknownJudgements()).hasSize(2);
    split.release();
  }

  @Test
  void writesResolutionTablesThatAPlainParquetReaderOpens(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    org.apache.spark.sql.Dataset<Row> records = input(ResolveDeterminismTest.records());
    ResolveResult r = new ResolveJob(spark, rules, model).run(records);

    ResolveTables.write(r, records, rules, "test-run", dir);
    r.release();

    var membership =
        org.openresolve.spark.testing.PlainParquet.read(dir.resolve(ResolveTables.MEMBERSHIP));
    assertThat(membership).hasSize(ResolveDeterminismTest.records().size());
    var merges = org.openresolve.spark.testing.PlainParquet.read(dir.resolve(ResolveTables.MERGES));
    assertThat(merges)
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.getString("run_id", 0)).isEqualTo("test-run");
              assertThat(org.openresolve.spark.testing.PlainParquet.structElements(m, "evidence"))
                  .hasSize(rules.comparisons().size())
                  .allSatisfy(e -> assertThat(e.getString("level_label", 0)).isNotBlank());
            });
    assertThat(org.openresolve.spark.testing.PlainParquet.read(dir.resolve("entities")))
        .isNotEmpty();
  }
}
