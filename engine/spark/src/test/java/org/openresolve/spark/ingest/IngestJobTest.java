package org.openresolve.spark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.schema.Columns;
import org.openresolve.spark.testing.LocalSpark;
import org.openresolve.spark.testing.PlainParquet;

class IngestJobTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(IngestJobTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private IngestResult ingest(List<SourceInput> sources) {
    return new IngestJob(spark, Instant.parse("2026-06-01T00:00:00Z"), ConnectorSettings.DEFAULT_MAX_ROW_BYTES).run(sources);
  }

  @Test
  void countsEveryRowAsAcceptedOrQuarantinedPerSourceAndReason() throws IOException {
    Path crim = file("crim.csv", "record_id,family_name,given_names,date_of_birth,sex\n"
        + "C1,Smith,John,1970-02-30,M\nC2,Jones\n,Brown,Ann,1971,F\nC1,Smith,J,1970,M\nC3,White,Walter,1958,Q\n");
    Path intel = file("intel.jsonl", "{\"report_id\": \"R1\", \"subjects\": [{\"ref\": \"S1\", \"name\": \"A B\"}, {\"name\": \"no ref\"}]}\n{broken\n");

    IngestResult r = ingest(List.of(
        new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null),
        new SourceInput("intel", SourceKind.INTELLIGENCE_REPORTS, intel.toString(), null, null)));

    SourceCounts c = r.counts().get(0);
    assertThat(c.rowsRead()).isEqualTo(5);
    assertThat(c.rowsAccepted()).isEqualTo(2);
    assertThat(c.rowsQuarantined()).isEqualTo(3);
    assertThat(c.rowsQuarantinedByReason()).containsOnlyKeys("WRONG_COLUMN_COUNT", "MISSING_RECORD_ID", "DUPLICATE_RECORD_ID");
    assertThat(c.recordsAccepted()).isEqualTo(2);
    assertThat(c.fieldIssuesByReason()).containsEntry("IMPOSSIBLE_DATE", 1L).containsEntry("UNKNOWN_SEX", 1L);
    assertThat(c.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(crim.toString());
      assertThat(f.bytes()).isEqualTo(Files.size(crim));
      assertThat(f.sha256()).hasSize(64);
    });
    SourceCounts i = r.counts().get(1);
    assertThat(i.rowsRead()).isEqualTo(2);
    assertThat(i.rowsQuarantinedByReason()).containsEntry("MALFORMED_JSON", 1L);
    assertThat(i.recordsAccepted()).isEqualTo(1);
    assertThat(i.partsQuarantinedByReason()).containsEntry("MISSING_RECORD_ID", 1L);
    assertThat(r.records().count()).isEqualTo(3);
    assertThat(r.quarantine().count()).isEqualTo(5);
    assertThat(r.fieldIssues().count()).isEqualTo(2);
    r.release();
  }

  @Test
  void writesRecordsThatAPlainParquetReaderReadsBack() throws IOException {
    Path crim = file("crim.csv", "record_id,family_name,given_names,date_of_birth,phones\nC1,Иванов,Александр,1984-07,+7 916 123-45-67\n");
    IngestResult r = ingest(List.of(new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null)));
    Path out = dir.resolve("out");

    IngestTables.write(r, out);
    r.release();

    List<Group> rows = PlainParquet.read(out.resolve(IngestTables.RECORDS));
    assertThat(rows).singleElement().satisfies(g -> {
      assertThat(g.getString(Columns.RECORD_ID, 0)).isEqualTo("C1");
      Group name = PlainParquet.structElements(g, Columns.NAMES).get(0);
      assertThat(name.getString(Columns.NameFields.LATIN, 0)).isEqualTo("aleksandr ivanov");
      assertThat(PlainParquet.structElements(g, Columns.PHONES).get(0).getString(Columns.PhoneFields.E164, 0)).isEqualTo("+79161234567");
    });
    assertThat(PlainParquet.read(out.resolve(IngestTables.QUARANTINE))).isEmpty();
  }

  @Test
  void readsEveryFileOfADirectorySource() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("web"));
    Files.writeString(sub.resolve("a.jsonl"), "{\"capture_id\": \"W1\", \"display_name\": \"Zed\"}\n");
    Files.writeString(sub.resolve("b.jsonl"), "{\"capture_id\": \"W2\", \"display_name\": \"Zoe\"}\n");

    IngestResult r = ingest(List.of(new SourceInput("web", SourceKind.OPEN_WEB, sub.toString(), null, null)));

    assertThat(r.counts().get(0).files()).hasSize(2);
    assertThat(r.counts().get(0).recordsAccepted()).isEqualTo(2);
    r.release();
  }
}
