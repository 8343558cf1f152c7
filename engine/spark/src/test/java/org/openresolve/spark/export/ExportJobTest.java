package org.openresolve.spark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openresolve.spark.testing.SampleRecords.person;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.lineage.IdCarryOver;
import org.openresolve.core.rules.HandlingCodes;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.SubjectCategory;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.LocalSpark;
import scala.collection.Iterable;

class ExportJobTest {
  private static final HandlingCodes CODES = new HandlingCodes(List.of("OFFICIAL", "SECRET"));
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(ExportJobTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** A and C link directly; B joins them only through the secret record W. */
  private static final PersonRecord A =
      person("crim", "A1", "anna", "petrova", SubjectCategory.SUSPECT, "OFFICIAL")
          .phone(new Phone("+441110000001", "01110 000001"))
          .build();

  private static final PersonRecord C =
      person("crim", "C1", "anna", "petrova", SubjectCategory.SUSPECT, null).build();
  private static final PersonRecord B =
      person("web", "B1", "ann", "petrova", SubjectCategory.VICTIM, "OFFICIAL").build();
  private static final PersonRecord W =
      person("intel", "W1", "anya", "petrovna", SubjectCategory.SUSPECT, "SECRET")
          .phone(new Phone("+449990000999", "09990 000999"))
          .email(new Email("w@secret.example", "W@secret.example"))
          .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "W999999", "W 999999"))
          .build();

  private static final StructType PAIRS =
      new StructType()
          .add("source_l", DataTypes.StringType)
          .add("record_id_l", DataTypes.StringType)
          .add("source_r", DataTypes.StringType)
          .add("record_id_r", DataTypes.StringType)
          .add("value_l", DataTypes.StringType)
          .add("value_r", DataTypes.StringType);

  private static void writeRun(Path run) {
    spark
        .createDataFrame(
            Stream.of(A, B, C, W).map(PersonRecordRows::toRow).toList(), PersonRecordRows.SCHEMA)
        .write()
        .parquet(run.resolve("records").toString());
    spark
        .createDataFrame(
            List.of(
                RowFactory.create("crim", "A1", "intel", "W1", "+441110000001", "+449990000999"),
                RowFactory.create("intel", "W1", "web", "B1", "anya petrovna", "ann petrova"),
                RowFactory.create("crim", "A1", "crim", "C1", "anna petrova", "anna petrova")),
            PAIRS)
        .write()
        .parquet(run.resolve("merges").toString());
    spark
        .createDataFrame(
            List.of(
                RowFactory.create("crim", "C1", "intel", "W1", "anna petrova", "W999999"),
                RowFactory.create("crim", "A1", "web", "B1", "anna petrova", "ann petrova")),
            PAIRS)
        .write()
        .parquet(run.resolve("review").toString());
    StructType issues =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("record_id", DataTypes.StringType)
            .add("value", DataTypes.StringType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create("intel", "W1", "31/02/1980"),
                RowFactory.create("crim", "A1", "1999-13-01")),
            issues)
        .write()
        .parquet(run.resolve("field_issues").toString());
    StructType quarantine =
        new StructType().add("source", DataTypes.StringType).add("raw", DataTypes.StringType);
    spark
        .createDataFrame(
            List.<Row>of(RowFactory.create("intel", "{\"subject\": \"anya petrovna\"")), quarantine)
        .write()
        .parquet(run.resolve("quarantine").toString());
    spark
        .createDataFrame(
            List.of(RowFactory.create("crim:W999999", 400L)),
            new StructType()
                .add("block_key", DataTypes.StringType)
                .add("records", DataTypes.LongType))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(run.resolve("oversize_blocks").toString());
    // In the full run all four were one entity, held together through W.
    spark
        .createDataFrame(
            Stream.of("crim:A1", "crim:C1", "web:B1", "intel:W1")
                .map(k -> RowFactory.create(k.split(":")[0], k.split(":")[1], "E-1"))
                .toList(),
            new StructType()
                .add("source", DataTypes.StringType)
                .add("record_id", DataTypes.StringType)
                .add("entity_id", DataTypes.StringType))
        .write()
        .parquet(run.resolve("membership").toString());
    // A refused link between two released records whose texts name W and its values, as the engine
    // writes them.
    StructType evidence =
        new StructType()
            .add("comparison", DataTypes.StringType)
            .add("value_l", DataTypes.StringType)
            .add("value_r", DataTypes.StringType)
            .add("note", DataTypes.StringType);
    StructType refused =
        new StructType()
            .add("source_l", DataTypes.StringType)
            .add("record_id_l", DataTypes.StringType)
            .add("source_r", DataTypes.StringType)
            .add("record_id_r", DataTypes.StringType)
            .add("evidence", DataTypes.createArrayType(evidence))
            .add("judgement", DataTypes.StringType)
            .add("refusal", DataTypes.StringType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "crim",
                    "A1",
                    "crim",
                    "C1",
                    scala.jdk.javaapi.CollectionConverters.asScala(
                            List.of(
                                RowFactory.create(
                                    "phone",
                                    "+441110000001",
                                    "+441110000001",
                                    "shared by at least 7 people (limit 3): agreement weighs nothing")))
                        .toList(),
                    "SAME by a.analyst at 2026-01-01T00:00:00Z: seen with +449990000999 at the border",
                    "crim:A1 and intel:W1 cannot be one person: different PASSPORT issued by RU (R1 vs W999999)")),
            refused)
        .write()
        .parquet(run.resolve("refused").toString());
    new org.openresolve.spark.manifest.RunManifest(
            "R-0", "resolve", Instant.parse("2024-01-01T00:00:00Z"), "local[2]")
        .write(run.resolve("manifest.json"), Instant.parse("2024-01-01T00:01:00Z"));
    OutputDirectory.seal(run, "resolve", "R-0", "manifest.json");
    OutputDirectory.markComplete(run);
  }

  @Test
  void refusesToReleaseARunThatDidNotFinish(@TempDir Path dir) throws IOException {
    Path run = dir.resolve("run");
    writeRun(run);
    Files.delete(run.resolve(OutputDirectory.SUCCESS));

    assertThatThrownBy(
            () ->
                new ExportJob(spark, CODES, "official")
                    .run(run, dir.resolve("release"), "R-1", Instant.parse("2024-01-01T00:00:00Z")))
        .isInstanceOf(UserInputException.class)
        .hasMessage(run + " has no _SUCCESS, so the run did not finish; refusing to release it");
    assertThat(dir.resolve("release")).doesNotExist();
  }

  @Test
  void rewritesTheFreeTextOfAReleasedPairThatMentionsAWithheldRecord(@TempDir Path dir)
      throws IOException {
    Path run = dir.resolve("run");
    writeRun(run);

    new ExportJob(spark, CODES, "official")
        .run(run, dir.resolve("release"), "R-1", Instant.parse("2024-01-01T00:00:00Z"));

    Row r = spark.read().parquet(dir.resolve("release").resolve("refused").toString()).first();
    assertThat(r.<String>getAs("refusal")).isEqualTo(ReleaseText.REFUSAL_WITHHELD);
    assertThat(r.<String>getAs("judgement"))
        .isEqualTo("SAME by a.analyst at 2026-01-01T00:00:00Z: " + ReleaseText.REASON_WITHHELD);
    assertThat(r.<Row>getList(r.fieldIndex("evidence")).get(0).<String>getAs("note"))
        .isEqualTo("shared by more people than its limit of 3: agreement weighs nothing");
  }

  @Test
  void anExportToALowerAudienceLeaksNoValueOfAWithheldRecord(@TempDir Path dir) throws IOException {
    Path run = dir.resolve("run");
    Path release = dir.resolve("release");
    writeRun(run);

    ExportJob.Counts counts =
        new ExportJob(spark, CODES, "official")
            .run(run, release, "R-1", Instant.parse("2024-01-01T00:00:00Z"));

    assertThat(counts).isEqualTo(new ExportJob.Counts(3, 1, 2, 1));
    Set<String> withheld = strings(PersonRecordRows.toRow(W));
    for (PersonRecord released : List.of(A, B, C)) {
      withheld.removeAll(strings(PersonRecordRows.toRow(released)));
    }
    withheld.add("31/02/1980");
    assertThat(withheld).contains("W1", "anya petrovna", "+449990000999", "W999999", "SECRET");
    // Every string of every released table, and every file, searched for every withheld value.
    try (Stream<Path> entries = Files.list(release)) {
      for (Path entry : entries.toList()) {
        Set<String> texts = new HashSet<>();
        if (Files.isDirectory(entry)) {
          spark
              .read()
              .parquet(entry.toString())
              .collectAsList()
              .forEach(r -> texts.addAll(strings(r)));
        } else {
          texts.add(Files.readString(entry));
        }
        for (String text : texts) {
          assertThat(withheld).as(entry.getFileName() + ": " + text).noneMatch(text::contains);
        }
      }
    }
    assertThat(release.resolve("refused")).isDirectory();
    assertThat(release.resolve("quarantine")).doesNotExist();
    assertThat(release.resolve("oversize_blocks")).doesNotExist();

    // B was held to A and C only through W: it is an entity of its own now, with a derived id.
    Map<String, String> entityOf = new HashMap<>();
    spark
        .read()
        .parquet(release.resolve("membership").toString())
        .collectAsList()
        .forEach(r -> entityOf.put(r.getString(0) + ":" + r.getString(1), r.getString(2)));
    assertThat(entityOf)
        .containsOnlyKeys("crim:A1", "crim:C1", "web:B1")
        .containsEntry("crim:A1", IdCarryOver.derive("crim:A1"))
        .containsEntry("crim:C1", IdCarryOver.derive("crim:A1"))
        .containsEntry("web:B1", IdCarryOver.derive("web:B1"));
    assertThat(spark.read().parquet(release.resolve("review").toString()).count()).isEqualTo(1);
  }

  /** Every string anywhere in a row, inside structs and lists too. */
  private static Set<String> strings(Object value) {
    Set<String> out = new HashSet<>();
    collect(value, out);
    return out;
  }

  private static void collect(Object value, Set<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Row r) {
      for (int i = 0; i < r.length(); i++) {
        collect(r.get(i), out);
      }
    } else if (value instanceof Iterable<?> it) {
      it.foreach(
          x -> {
            collect(x, out);
            return null;
          });
    } else if (value instanceof java.util.List<?> l) {
      l.forEach(x -> collect(x, out));
    }
  }
}
