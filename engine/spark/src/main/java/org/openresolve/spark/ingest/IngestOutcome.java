package org.openresolve.spark.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.spark.schema.FieldIssueRows;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.schema.QuarantineRows;

/**
 * One thing reading a file produced, as a row: a record, a field issue, a quarantined row or part,
 * a marker for an accepted row, or the file's size and hash. Parsing emits all of them in one pass
 * so the input is read once; the job then splits them into tables and counts.
 */
final class IngestOutcome {
  static final String KIND = "outcome";
  static final String SOURCE = "source";
  static final String REASON = "reason";
  static final String PART = "part";
  static final String RECORD = "record";
  static final String ISSUE = "issue";
  static final String QUARANTINE = "quarantine";
  static final String FILE = "file";
  static final String DERIVED = "derived";

  /** Where a record was read: the file's number among its source's files, and the line. */
  static final String FILE_NUMBER = "file_number";

  static final String LINE = "line";

  /**
   * A file as its reader saw it: size and hash, the rows and lines it counted, why the whole file
   * could not be read (null when it could) and what the user should be told about it.
   */
  static final StructType FILE_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("path", StringType, false),
            DataTypes.createStructField("bytes", LongType, false),
            DataTypes.createStructField("sha256", StringType, false),
            DataTypes.createStructField("rows", LongType, false),
            DataTypes.createStructField("lines", LongType, false),
            DataTypes.createStructField("problem", StringType, true),
            DataTypes.createStructField(
                "warnings", DataTypes.createArrayType(StringType, false), false)
          });

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(KIND, StringType, false),
            DataTypes.createStructField(SOURCE, StringType, false),
            DataTypes.createStructField(REASON, StringType, true),
            DataTypes.createStructField(PART, BooleanType, false),
            DataTypes.createStructField(RECORD, PersonRecordRows.SCHEMA, true),
            DataTypes.createStructField(ISSUE, FieldIssueRows.SCHEMA, true),
            DataTypes.createStructField(QUARANTINE, QuarantineRows.SCHEMA, true),
            DataTypes.createStructField(FILE, FILE_SCHEMA, true),
            DataTypes.createStructField(FILE_NUMBER, DataTypes.IntegerType, true),
            DataTypes.createStructField(LINE, LongType, true)
          });

  /** {@link #SCHEMA} with what a {@link RecordDerivation} adds to each record, null for none. */
  static StructType schema(RecordDerivation derivation) {
    return derivation == null ? SCHEMA : SCHEMA.add(DERIVED, derivation.schema(), true);
  }

  /** The kinds of outcome. */
  enum Kind {
    RECORD,
    ISSUE,
    QUARANTINED,
    ROW_ACCEPTED,
    FILE
  }

  private IngestOutcome() {}

  static Row record(PersonRecord r, int fileNumber, long line, RecordDerivation derivation) {
    Row row =
        RowFactory.create(
            Kind.RECORD.name(),
            r.key().source(),
            null,
            false,
            PersonRecordRows.toRow(r),
            null,
            null,
            null,
            fileNumber,
            line);
    return derivation == null ? row : withDerived(row, derivation.of(r));
  }

  /**
   * An outcome row of {@link #SCHEMA} with the derived part after it (null for outcomes other than
   * records).
   */
  static Row withDerived(Row row, Row derived) {
    Object[] values = new Object[row.length() + 1];
    for (int i = 0; i < row.length(); i++) {
      values[i] = row.get(i);
    }
    values[row.length()] = derived;
    return RowFactory.create(values);
  }

  static Row issue(FieldIssue i) {
    return RowFactory.create(
        Kind.ISSUE.name(),
        i.source(),
        i.reason().name(),
        false,
        null,
        FieldIssueRows.toRow(i),
        null,
        null,
        null,
        null);
  }

  static Row quarantined(QuarantinedRow q, boolean part) {
    return RowFactory.create(
        Kind.QUARANTINED.name(),
        q.source(),
        q.reason().name(),
        part,
        null,
        null,
        QuarantineRows.toRow(q),
        null,
        null,
        null);
  }

  static Row rowAccepted(String source) {
    return RowFactory.create(
        Kind.ROW_ACCEPTED.name(), source, null, false, null, null, null, null, null, null);
  }

  static Row file(
      String source,
      String path,
      long bytes,
      String sha256,
      long rows,
      long lines,
      String problem,
      java.util.List<String> warnings) {
    return RowFactory.create(
        Kind.FILE.name(),
        source,
        null,
        false,
        null,
        null,
        null,
        RowFactory.create(
            path,
            bytes,
            sha256,
            rows,
            lines,
            problem,
            scala.jdk.javaapi.CollectionConverters.asScala(warnings).toList()),
        null,
        null);
  }
}
