package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.schema.PersonRecordRows;

/**
 * Record rows to match views with their blocking keys, computed once per record. The node id is
 * left at -1 and assigned once the views are in key order.
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
        PersonRecord r = PersonRecordRows.fromRow(records.next());
        MatchView view = MatchView.of(r);
        List<String> keys = new ArrayList<>();
        for (BlockingRule rule : blocking) {
          keys.addAll(rule.keys(view));
        }
        return RowFactory.create(-1L, r.key().source(), r.key().recordId(), Serialized.toBytes(view), keys.toArray(new String[0]));
      }
    };
  }
}
