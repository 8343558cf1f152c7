package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.pipeline.PreparedRecord;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.ingest.RecordDerivation;
import org.openresolve.spark.schema.PersonRecordRows;

/**
 * Records to their rows of {@link ViewRows#UNNUMBERED} ({@link PreparedRecord}), computed once per
 * record and numbered once sorted. Either from {@code (record)} rows of the written table, or as
 * ingest reads each record ({@link #derivation}).
 */
final class BuildViews implements MapPartitionsFunction<Row, Row> {
  private final PreparedRecord.Preparation preparation;

  BuildViews(RuleSet rules) {
    this.preparation = new PreparedRecord.Preparation(requireNonNull(rules, "rules is null"));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return viewRow(PersonRecordRows.fromRow(records.next().getStruct(0)), preparation);
      }
    };
  }

  /** A record's row of {@link ViewRows#UNNUMBERED}. */
  static Row viewRow(PersonRecord r, PreparedRecord.Preparation preparation) {
    return ViewRows.of(r.key().source(), r.key().recordId(), preparation.of(r));
  }

  /** The same rows, made by ingest from each record as it is read. */
  static RecordDerivation derivation(RuleSet rules) {
    return new Derivation(rules);
  }

  private static final class Derivation implements RecordDerivation {
    private static final long serialVersionUID = 1L;

    private final PreparedRecord.Preparation preparation;

    Derivation(RuleSet rules) {
      this.preparation = new PreparedRecord.Preparation(requireNonNull(rules, "rules is null"));
    }

    @Override
    public StructType schema() {
      return ViewRows.UNNUMBERED;
    }

    @Override
    public Row of(PersonRecord record) {
      return viewRow(record, preparation);
    }
  }
}
