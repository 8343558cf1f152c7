package org.openresolve.spark.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.openresolve.spark.testing.SampleRecords;

class FieldIssueRowsTest {
  @Test
  void rowHoldsEveryValueInColumnOrderWithTheReasonByName() {
    Row row = FieldIssueRows.toRow(SampleRecords.fieldIssue());

    assertThat(FieldIssueRows.SCHEMA.fieldNames())
        .containsExactly(
            "source", "record_id", "file", "line", "field", "value", "reason", "detail");
    assertThat(values(row))
        .containsExactly(
            "met-cr",
            "CR-000017",
            "/data/in/cr.jsonl",
            17L,
            "date_of_birth",
            "2023-02-30",
            "IMPOSSIBLE_DATE",
            "no such day: 2023-2-30");
  }

  @Test
  void everyColumnIsNotNullable() {
    assertThat(FieldIssueRows.SCHEMA.fields()).noneMatch(StructField::nullable);
  }

  private static List<Object> values(Row row) {
    return IntStream.range(0, row.size()).mapToObj(row::get).toList();
  }
}
