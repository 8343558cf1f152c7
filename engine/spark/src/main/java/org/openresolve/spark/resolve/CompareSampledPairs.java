package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;

/**
 * Compares random record pairs given as {@code (node_l, view_l, node_r, view_r)} and yields their
 * level patterns. Views are decoded once per task: each sampled record occurs in many pairs.
 */
final class CompareSampledPairs implements MapPartitionsFunction<Row, Row> {
  private final PairComparer comparer;

  CompareSampledPairs(PairComparer comparer) {
    this.comparer = requireNonNull(comparer, "comparer is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> pairs) {
    Map<Long, MatchView> decoded = new HashMap<>();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pairs.hasNext();
      }

      @Override
      public Row next() {
        Row p = pairs.next();
        MatchView l = decoded.computeIfAbsent(p.getLong(0), k -> MatchViewCodec.decode((byte[]) p.get(1)));
        MatchView r = decoded.computeIfAbsent(p.getLong(2), k -> MatchViewCodec.decode((byte[]) p.get(3)));
        ComparisonVector v = comparer.compare(l, r);
        Integer[] levels = new Integer[v.size()];
        for (int i = 0; i < levels.length; i++) {
          levels[i] = v.level(i);
        }
        return RowFactory.create(PairRows.seq(levels));
      }
    };
  }
}
