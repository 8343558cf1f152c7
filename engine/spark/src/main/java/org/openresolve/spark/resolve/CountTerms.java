package org.openresolve.spark.resolve;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * Term counts from observations sorted by key within each partition, every key in one partition:
 * per key, the records that hold it, its distinct birth years and its holders' distinct signatures,
 * made into the count kept ({@link TermFrequencies#countOf}). Only keys counted two or more are
 * emitted: a value one record holds is never looked up. Walking sorted runs keeps Spark's object
 * aggregation out, which sorted the keys anyway and built a row of settings for every one.
 */
final class CountTerms implements MapPartitionsFunction<Row, Row> {
  static final String KEY = "key";

  /** One observation ({@link TermFrequencies.Observation}). */
  static final StructType OBSERVATION =
      new StructType()
          .add(KEY, DataTypes.StringType, false)
          .add("year", DataTypes.IntegerType, true)
          .add("signature", DataTypes.LongType, true);

  static final StructType COUNT = new StructType().add(KEY, DataTypes.StringType, false).add("n", DataTypes.LongType, false);

  /** An observation's year and signature: the distinct ones with a year are a full name's birth years. */
  private record Dated(int year, Long signature) {}

  @Override
  public Iterator<Row> call(Iterator<Row> observations) {
    return new Advancing<>() {
      private Row lookahead = observations.hasNext() ? observations.next() : null;

      @Override
      protected Row advance() {
        while (lookahead != null) {
          String key = lookahead.getString(0);
          long records = 0;
          Set<Dated> dated = new HashSet<>();
          Set<Long> signatures = new HashSet<>();
          while (lookahead != null && lookahead.getString(0).equals(key)) {
            records++;
            Long signature = lookahead.isNullAt(2) ? null : lookahead.getLong(2);
            if (!lookahead.isNullAt(1)) {
              dated.add(new Dated(lookahead.getInt(1), signature));
            }
            if (signature != null) {
              signatures.add(signature);
            }
            lookahead = observations.hasNext() ? observations.next() : null;
          }
          long n = TermFrequencies.countOf(key, records, dated.size(), signatures);
          if (n >= 2) {
            return RowFactory.create(key, n);
          }
        }
        return null;
      }
    };
  }
}
