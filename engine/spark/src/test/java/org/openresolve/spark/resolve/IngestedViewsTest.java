package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.testing.LocalSpark;

/** The views ingest builds as it reads are the views of the records it writes. */
class IngestedViewsTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(IngestedViewsTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void viewsBuiltWhileReadingEqualViewsBuiltFromTheWrittenRecords(@TempDir Path out) {
    RuleSet rules = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
    Path data = Path.of("../../examples/data").toAbsolutePath();
    List<SourceInput> sources =
        List.of(
            new SourceInput(
                "crim",
                SourceKind.CRIMINAL_RECORDS,
                data.resolve("criminal_records.csv").toString(),
                null,
                null),
            new SourceInput(
                "intel",
                SourceKind.INTELLIGENCE_REPORTS,
                data.resolve("intelligence_reports.jsonl").toString(),
                null,
                null),
            new SourceInput(
                "web", SourceKind.OPEN_WEB, data.resolve("open_web.jsonl").toString(), null, null));
    IngestResult ingest =
        new IngestJob(
                spark,
                Instant.parse("2026-06-01T00:00:00Z"),
                ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
                ResolveJob.derivation(rules))
            .run(sources);
    IngestTables.write(ingest, out);
    Map<String, String> whileReading = byRecord(ingest.derived());
    ingest.release();

    Dataset<Row> records = spark.read().parquet(out.resolve(IngestTables.RECORDS).toString());
    Column record =
        struct(Arrays.stream(records.columns()).map(c -> col(c)).toArray(Column[]::new));
    Map<String, String> fromWritten =
        byRecord(
            records
                .select(record.as("_record"))
                .mapPartitions(new BuildViews(rules), Encoders.row(ViewRows.UNNUMBERED)));

    assertThat(whileReading).hasSize((int) records.count()).isEqualTo(fromWritten);
  }

  /** Each record's view bytes and keys, as text. */
  private static Map<String, String> byRecord(Dataset<Row> views) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : views.collectAsList()) {
      out.put(
          r.getString(0) + ":" + r.getString(1),
          Arrays.toString((byte[]) r.get(2)) + " " + r.getList(3));
    }
    return out;
  }
}
