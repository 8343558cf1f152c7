package org.openresolve.spark.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.spark.testing.PlainParquet.stringElements;
import static org.openresolve.spark.testing.PlainParquet.stringOrNull;
import static org.openresolve.spark.testing.PlainParquet.structElements;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.schema.Columns.BirthDateFields;
import org.openresolve.spark.schema.Columns.NameFields;
import org.openresolve.spark.schema.Columns.PhoneFields;
import org.openresolve.spark.testing.LocalSpark;
import org.openresolve.spark.testing.PlainParquet;
import org.openresolve.spark.testing.SampleRecords;

/** What Spark writes with these schemas, checked the way downstream tools read it. */
class SparkParquetOutputTest {
  private static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(SparkParquetOutputTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void recordsWrittenBySparkAreReadableWithoutSpark() {
    Path out = writeRecords(List.of(SampleRecords.fullyPopulated(), SampleRecords.minimal()));

    Map<String, Group> byId = byRecordId(PlainParquet.read(out));

    assertThat(byId).containsOnlyKeys("CR-000017", "ow-1");
    Group full = byId.get("CR-000017");
    assertThat(full.getString(Columns.SOURCE_KIND, 0)).isEqualTo("criminal-records");
    assertThat(full.getString(Columns.SEX, 0)).isEqualTo("M");
    assertThat(structElements(full, Columns.NAMES))
        .extracting(name -> name.getString(NameFields.LATIN, 0))
        .containsExactly("aleksandr ivanov", "aleksandr ivanov", "sasha");
    assertThat(structElements(full, Columns.BIRTH_DATES))
        .extracting(date -> date.getInteger(BirthDateFields.YEAR, 0))
        .containsExactly(1984, 1984, 1985);
    assertThat(structElements(full, Columns.PHONES))
        .extracting(phone -> stringOrNull(phone, PhoneFields.E164))
        .containsExactly("+79161234567", null);
    assertThat(stringElements(full, Columns.NATIONALITIES)).containsExactly("RU", "GB");
  }

  @Test
  void minimalRecordIsWrittenWithEmptyListsAndNullOptionalValues() {
    Path out = writeRecords(List.of(SampleRecords.minimal()));

    Group minimal = PlainParquet.read(out).get(0);

    assertThat(minimal.getFieldRepetitionCount(Columns.NAMES)).isEqualTo(1);
    assertThat(structElements(minimal, Columns.NAMES)).isEmpty();
    assertThat(stringOrNull(minimal, Columns.PLACE_OF_BIRTH)).isNull();
    assertThat(stringOrNull(minimal, Columns.SUBJECT_CATEGORY)).isEqualTo("UNDETERMINED");
  }

  @Test
  void recordsReadBackBySparkAreTheRecordsWritten() {
    List<PersonRecord> records = List.of(SampleRecords.fullyPopulated(), SampleRecords.minimal());
    Path out = writeRecords(records);

    List<PersonRecord> read =
        spark
            .read()
            .schema(PersonRecordRows.SCHEMA)
            .parquet(out.toString())
            .collectAsList()
            .stream()
            .map(PersonRecordRows::fromRow)
            .sorted(Comparator.comparing(r -> r.key().recordId()))
            .toList();

    assertThat(read).containsExactly(records.get(0), records.get(1));
  }

  @Test
  void parquetFilesHoldTheSchemaColumnsInOrder() {
    Path out = writeRecords(List.of(SampleRecords.minimal()));

    assertThat(PlainParquet.schema(out).getFields())
        .extracting(Type::getName)
        .containsExactly(PersonRecordRows.SCHEMA.fieldNames());
  }

  @Test
  void columnsTheModelNeverLeavesNullAreRequiredInTheParquetFile() {
    Path out = writeRecords(List.of(SampleRecords.minimal()));

    assertThat(PlainParquet.schema(out).getFields())
        .filteredOn(column -> column.isRepetition(Repetition.REQUIRED))
        .extracting(Type::getName)
        .containsExactly(
            Arrays.stream(PersonRecordRows.SCHEMA.fields())
                .filter(field -> !field.nullable())
                .map(StructField::name)
                .toArray(String[]::new));
  }

  @Test
  void quarantinedRowsWrittenBySparkAreReadableWithoutSpark() {
    Path out = temp.resolve("quarantine");
    spark
        .createDataFrame(
            List.of(QuarantineRows.toRow(SampleRecords.quarantined())), QuarantineRows.SCHEMA)
        .write()
        .parquet(out.toString());

    Group row = PlainParquet.read(out).get(0);

    assertThat(row.getString(Columns.SOURCE_KIND, 0)).isEqualTo("criminal-records");
    assertThat(row.getLong(Columns.LINE, 0)).isEqualTo(42L);
    assertThat(row.getString(Columns.REASON, 0)).isEqualTo("MALFORMED_JSON");
    assertThat(row.getString(Columns.RAW, 0)).isEqualTo("{\"id\": \"CR-9");
  }

  @Test
  void fieldIssuesWrittenBySparkAreReadableWithoutSpark() {
    Path out = temp.resolve("field_issues");
    spark
        .createDataFrame(
            List.of(FieldIssueRows.toRow(SampleRecords.fieldIssue())), FieldIssueRows.SCHEMA)
        .write()
        .parquet(out.toString());

    Group row = PlainParquet.read(out).get(0);

    assertThat(row.getString(Columns.RECORD_ID, 0)).isEqualTo("CR-000017");
    assertThat(row.getLong(Columns.LINE, 0)).isEqualTo(17L);
    assertThat(row.getString(Columns.FIELD, 0)).isEqualTo("date_of_birth");
    assertThat(row.getString(Columns.REASON, 0)).isEqualTo("IMPOSSIBLE_DATE");
  }

  private Path writeRecords(List<PersonRecord> records) {
    Path out = temp.resolve("records");
    spark
        .createDataFrame(
            records.stream().map(PersonRecordRows::toRow).toList(), PersonRecordRows.SCHEMA)
        .write()
        .parquet(out.toString());
    return out;
  }

  private static Map<String, Group> byRecordId(List<Group> rows) {
    return rows.stream()
        .collect(Collectors.toMap(r -> r.getString(Columns.RECORD_ID, 0), Function.identity()));
  }
}
