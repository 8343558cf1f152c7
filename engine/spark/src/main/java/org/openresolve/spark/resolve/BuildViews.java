package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.ingest.RecordDerivation;
import org.openresolve.spark.schema.PersonRecordRows;

/**
 * Records to match views with their blocking keys, computed once per record; rows of {@link
 * ViewRows#UNNUMBERED}, numbered once sorted. Either from {@code (record)} rows of the written
 * table, or as ingest reads each record ({@link #derivation}).
 */
final class BuildViews implements MapPartitionsFunction<Row, Row> {
  private final RuleSet rules;

  BuildViews(RuleSet rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    List<BlockingRule> blocking = BlockingRule.of(rules);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return viewRow(PersonRecordRows.fromRow(records.next().getStruct(0)), blocking);
      }
    };
  }

  /** A record's row of {@link ViewRows#UNNUMBERED}. */
  static Row viewRow(PersonRecord r, List<BlockingRule> blocking) {
    MatchView view = MatchView.of(r);
    List<String> keys = new ArrayList<>();
    for (BlockingRule rule : blocking) {
      keys.addAll(rule.keys(view));
    }
    return RowFactory.create(r.key().source(), r.key().recordId(), MatchViewCodec.encode(view), keys.toArray(new String[0]));
  }

  /** The same rows, made by ingest from each record as it is read. */
  static RecordDerivation derivation(RuleSet rules) {
    return new Derivation(rules);
  }

  private static final class Derivation implements RecordDerivation {
    private static final long serialVersionUID = 1L;

    private final RuleSet rules;
    // Built where the records are read, once per task deserialisation of this object.
    private transient List<BlockingRule> blocking;

    Derivation(RuleSet rules) {
      this.rules = requireNonNull(rules, "rules is null");
    }

    @Override
    public StructType schema() {
      return ViewRows.UNNUMBERED;
    }

    @Override
    public Row of(PersonRecord record) {
      if (blocking == null) {
        blocking = BlockingRule.of(rules);
      }
      return viewRow(record, blocking);
    }
  }
}
