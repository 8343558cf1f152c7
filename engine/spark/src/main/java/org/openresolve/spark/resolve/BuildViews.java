package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.schema.PersonRecordRows;

/**
 * {@code (record)} rows to match views with their blocking keys, computed once per record; rows
 * of {@link ViewRows#UNNUMBERED}, numbered once sorted.
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
        Row row = records.next();
        PersonRecord r = PersonRecordRows.fromRow(row.getStruct(0));
        MatchView view = MatchView.of(r);
        List<String> keys = new ArrayList<>();
        for (BlockingRule rule : blocking) {
          keys.addAll(rule.keys(view));
        }
        return RowFactory.create(r.key().source(), r.key().recordId(), MatchViewCodec.encode(view), keys.toArray(new String[0]));
      }
    };
  }
}
