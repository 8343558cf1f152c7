package org.openresolve.spark.schema;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.openresolve.spark.schema.StructFields.required;
import static org.openresolve.spark.schema.StructFields.struct;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.openresolve.model.FieldIssue;

/**
 * The {@code field_issues/} table: one row per bad value inside a record that was kept. It joins to
 * {@code records/} on ({@code source}, {@code record_id}). Every column is non-null.
 */
public final class FieldIssueRows {
  public static final StructType SCHEMA =
      struct(
          required(Columns.SOURCE, StringType),
          required(Columns.RECORD_ID, StringType),
          required(Columns.FILE, StringType),
          required(Columns.LINE, LongType),
          required(Columns.FIELD, StringType),
          required(Columns.VALUE, StringType),
          required(Columns.REASON, StringType),
          required(Columns.DETAIL, StringType));

  private FieldIssueRows() {}

  /** The issue as a row of {@link #SCHEMA}; the reason by name. */
  public static Row toRow(FieldIssue issue) {
    requireNonNull(issue, "field issue is null");
    return new RowWriter(SCHEMA)
        .set(Columns.SOURCE, issue.source())
        .set(Columns.RECORD_ID, issue.recordId())
        .set(Columns.FILE, issue.file())
        .set(Columns.LINE, issue.line())
        .set(Columns.FIELD, issue.field())
        .set(Columns.VALUE, issue.value())
        .name(Columns.REASON, issue.reason())
        .set(Columns.DETAIL, issue.detail())
        .build();
  }
}
