package org.openresolve.spark.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.openresolve.spark.testing.SampleRecords;

class QuarantineRowsTest {
  @Test
  void rowHoldsTheKindByIdAndTheReasonByName() {
    Row row = QuarantineRows.toRow(SampleRecords.quarantined());

    assertThat(row.getString(QuarantineRows.SCHEMA.fieldIndex(Columns.SOURCE_KIND)))
        .isEqualTo("criminal-records");
    assertThat(row.getString(QuarantineRows.SCHEMA.fieldIndex(Columns.REASON)))
        .isEqualTo("MALFORMED_JSON");
  }

  @Test
  void rowHoldsEveryValueInColumnOrder() {
    Row row = QuarantineRows.toRow(SampleRecords.quarantined());

    assertThat(QuarantineRows.SCHEMA.fieldNames())
        .containsExactly(
            "source", "source_kind", "file", "line", "record_id", "reason", "detail", "raw");
    assertThat(values(row))
        .containsExactly(
            "met-cr",
            "criminal-records",
            "/data/in/cr.jsonl",
            42L,
            "CR-9",
            "MALFORMED_JSON",
            "unexpected end of input after '{\"id\": \"CR-9'",
            "{\"id\": \"CR-9");
  }

  @Test
  void everyColumnButTheRecordIdIsNotNullable() {
    assertThat(QuarantineRows.SCHEMA.fields())
        .filteredOn(StructField::nullable)
        .extracting(StructField::name)
        .containsExactly("record_id");
  }

  private static List<Object> values(Row row) {
    return IntStream.range(0, row.size()).mapToObj(row::get).toList();
  }
}
