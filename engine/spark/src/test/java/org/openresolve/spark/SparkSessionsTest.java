package org.openresolve.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.schema.Columns;
import org.openresolve.spark.testing.PlainParquet;

class SparkSessionsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start(SparkSessionsTest.class.getSimpleName(), "local[2]");
  }

  @AfterAll
  static void stop() {
    SparkSessions.stop(spark);
  }

  @Test
  void aLocalSessionCompressesAndEncryptsItsShuffleFiles() {
    assertThat(spark.sparkContext().getConf().getBoolean("spark.shuffle.compress", true)).isTrue();
    assertThat(spark.sparkContext().getConf().get(SparkSessions.IO_ENCRYPTION)).isEqualTo("true");
  }

  @Test
  void aLocalSessionJoinsATableOfTensOfMegabytesByBroadcastingIt() {
    // Each side is estimated at 24 MB (8 bytes a row): over Spark's 10 MB default, under the local
    // 64 MB.
    String plan =
        spark
            .range(3_000_000)
            .join(spark.range(3_000_000), "id")
            .queryExecution()
            .executedPlan()
            .toString();
    assertThat(plan).contains("BroadcastHashJoin").doesNotContain("SortMergeJoin");
  }

  @Test
  void givesUpTheDictionaryOfAColumnOfManyDistinctValuesButKeepsItForARepeatingOne(
      @TempDir Path dir) throws IOException {
    // 10,000 ids of 13 bytes, each twice: a dictionary would halve them, and they fit in Parquet's
    // default 1 MiB of dictionary. Only the session's smaller page makes the writer give it up.
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(
          RowFactory.create(
              String.format("record-%06d", i / 2), i % 2 == 0 ? "criminal_records" : "open_web"));
    }
    StructType schema =
        new StructType().add("record_id", DataTypes.StringType).add("source", DataTypes.StringType);
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(dir.resolve("t").toString());

    Path file;
    try (Stream<Path> files = Files.list(dir.resolve("t"))) {
      file =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
    }
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      List<ColumnChunkMetaData> columns = reader.getFooter().getBlocks().get(0).getColumns();
      assertThat(columns.get(0).getPath().toDotString()).isEqualTo("record_id");
      assertThat(columns.get(0).getEncodingStats().hasNonDictionaryEncodedPages()).isTrue();
      assertThat(columns.get(1).getEncodingStats().hasDictionaryEncodedPages()).isTrue();
      assertThat(columns.get(1).getEncodingStats().hasNonDictionaryEncodedPages()).isFalse();
    }
  }

  /**
   * What docs/schema.md says of the tables a run writes: standard UTC timestamps, optional
   * top-level columns.
   */
  @Test
  void runTablesHoldUtcMicrosecondTimestampsAndOptionalTopLevelColumns(@TempDir Path dir)
      throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("crim.csv"),
            "record_id,family_name,given_names,full_name,date_of_birth,sex,identifiers,subject_category,handling_code,updated_at\n"
                + "C1,Smith,John,,1984,M,,SUSPECT,OFFICIAL,2026-03-02T10:15:00Z\n");
    IngestResult read =
        new IngestJob(
                spark,
                Instant.parse("2026-06-01T00:00:00Z"),
                ConnectorSettings.DEFAULT_MAX_ROW_BYTES)
            .run(
                List.of(
                    new SourceInput(
                        "crim", SourceKind.CRIMINAL_RECORDS, csv.toString(), null, null)));
    IngestTables.write(read, dir.resolve("out"));
    read.release();

    MessageType schema = PlainParquet.schema(dir.resolve("out").resolve(IngestTables.RECORDS));
    for (String column : List.of(Columns.COLLECTED_AT, Columns.UPDATED_AT)) {
      PrimitiveType type = schema.getType(column).asPrimitiveType();
      assertThat(type.getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.INT64);
      assertThat(type.getLogicalTypeAnnotation())
          .isEqualTo(
              LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
    }
    assertThat(schema.getFields())
        .allSatisfy(
            f -> assertThat(f.getRepetition()).as(f.getName()).isEqualTo(Type.Repetition.OPTIONAL));
  }
}
