package org.openresolve.spark.resolve;

import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.pipeline.TermCounting;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * Term counts from observations sorted by key within each partition, every key in one partition:
 * each key's run is tallied into the count kept ({@link TermFrequencies.Tally}). Only keys counted
 * two or more are emitted: a value one record holds is never looked up. After its last key, a
 * partition emits its numbers of distinct values per field ({@link TermCounting.DistinctValues}).
 * Walking sorted runs keeps Spark's object aggregation out, which sorted the keys anyway and built
 * a row of settings for every one.
 */
final class CountTerms implements MapPartitionsFunction<Row, Row> {
  static final String KEY = "key";

  /** One observation ({@link TermFrequencies.Observation}). */
  static final StructType OBSERVATION =
      new StructType()
          .add(KEY, DataTypes.StringType, false)
          .add("year", DataTypes.IntegerType, true)
          .add("signature", DataTypes.LongType, true);

  static final StructType COUNT =
      new StructType().add(KEY, DataTypes.StringType, false).add("n", DataTypes.LongType, false);

  @Override
  public Iterator<Row> call(Iterator<Row> observations) {
    return new Advancing<>() {
      private Row lookahead = observations.hasNext() ? observations.next() : null;
      private final TermCounting.DistinctValues distinct = new TermCounting.DistinctValues();
      private java.util.Iterator<Map.Entry<String, Long>> distinctRows;

      @Override
      protected Row advance() {
        while (lookahead != null) {
          String key = lookahead.getString(0);
          distinct.add(key);
          TermFrequencies.Tally tally = new TermFrequencies.Tally(key);
          while (lookahead != null && lookahead.getString(0).equals(key)) {
            tally.add(
                lookahead.isNullAt(1) ? null : lookahead.getInt(1),
                lookahead.isNullAt(2) ? null : lookahead.getLong(2));
            lookahead = observations.hasNext() ? observations.next() : null;
          }
          long n = tally.count();
          if (n >= 2) {
            return RowFactory.create(key, n);
          }
        }
        // This partition's distinct values per field, after its last key: the driver adds the
        // partitions up, each key being in one partition only.
        if (distinctRows == null) {
          distinctRows = distinct.counts().entrySet().iterator();
        }
        if (distinctRows.hasNext()) {
          Map.Entry<String, Long> e = distinctRows.next();
          return RowFactory.create(e.getKey(), e.getValue());
        }
        return null;
      }
    };
  }
}
