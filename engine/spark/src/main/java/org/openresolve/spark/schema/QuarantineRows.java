package org.openresolve.spark.schema;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.openresolve.spark.schema.StructFields.optional;
import static org.openresolve.spark.schema.StructFields.required;
import static org.openresolve.spark.schema.StructFields.struct;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.openresolve.model.QuarantinedRow;

/**
 * The {@code quarantine/} table: one row per source row that could not become a record, with the
 * file, line and raw text an analyst needs to find and fix it, and the record id the row names
 * where the part holding it could be read (else null; every other column is non-null).
 */
public final class QuarantineRows {
  public static final StructType SCHEMA =
      struct(
          required(Columns.SOURCE, StringType),
          required(Columns.SOURCE_KIND, StringType),
          required(Columns.FILE, StringType),
          required(Columns.LINE, LongType),
          optional(Columns.RECORD_ID, StringType),
          required(Columns.REASON, StringType),
          required(Columns.DETAIL, StringType),
          required(Columns.RAW, StringType));

  private QuarantineRows() {}

  /** The quarantined row as a row of {@link #SCHEMA}; the kind by its id, the reason by name. */
  public static Row toRow(QuarantinedRow q) {
    requireNonNull(q, "quarantined row is null");
    return new RowWriter(SCHEMA)
        .set(Columns.SOURCE, q.source())
        .set(Columns.SOURCE_KIND, q.kind().id())
        .set(Columns.FILE, q.file())
        .set(Columns.LINE, q.line())
        .set(Columns.RECORD_ID, q.recordId())
        .name(Columns.REASON, q.reason())
        .set(Columns.DETAIL, q.detail())
        .set(Columns.RAW, q.raw())
        .build();
  }
}
