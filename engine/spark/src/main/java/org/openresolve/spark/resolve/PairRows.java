package org.openresolve.spark.resolve;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.compare.ComparisonVector;

/**
 * A compared candidate pair: both records, the rules that brought them together, the levels and
 * values.
 */
final class PairRows {
  static final String NODE_L = "_node_l";
  static final String NODE_R = "_node_r";
  static final String SOURCE_L = "source_l";
  static final String RECORD_ID_L = "record_id_l";
  static final String SOURCE_R = "source_r";
  static final String RECORD_ID_R = "record_id_r";
  static final String BLOCKING_RULES = "blocking_rules";
  static final String LEVELS = "_levels";
  static final String VALUES_L = "_values_l";
  static final String VALUES_R = "_values_r";

  static final StructType SCHEMA =
      new StructType()
          .add(NODE_L, LongType, false)
          .add(NODE_R, LongType, false)
          .add(SOURCE_L, StringType, false)
          .add(RECORD_ID_L, StringType, false)
          .add(SOURCE_R, StringType, false)
          .add(RECORD_ID_R, StringType, false)
          .add(BLOCKING_RULES, DataTypes.createArrayType(StringType, false), false)
          .add(LEVELS, DataTypes.createArrayType(IntegerType, false), false)
          .add(VALUES_L, DataTypes.createArrayType(StringType, true), false)
          .add(VALUES_R, DataTypes.createArrayType(StringType, true), false);

  private PairRows() {}

  static Row of(Row left, Row right, java.util.List<String> rules, ComparisonVector v) {
    return of(
        left.getLong(0),
        left.getString(1),
        left.getString(2),
        right.getLong(0),
        right.getString(1),
        right.getString(2),
        rules,
        v);
  }

  static Row of(
      long nodeL,
      String sourceL,
      String recordIdL,
      long nodeR,
      String sourceR,
      String recordIdR,
      java.util.List<String> rules,
      ComparisonVector v) {
    int n = v.size();
    Integer[] levels = new Integer[n];
    String[] l = new String[n];
    String[] r = new String[n];
    for (int i = 0; i < n; i++) {
      levels[i] = v.level(i);
      l[i] = v.left(i);
      r[i] = v.right(i);
    }
    return RowFactory.create(
        nodeL,
        nodeR,
        sourceL,
        recordIdL,
        sourceR,
        recordIdR,
        seq(rules.toArray()),
        seq(levels),
        seq(l),
        seq(r));
  }

  /**
   * An array column value as Spark's row encoders expect it. Plain Java arrays work only until
   * Spark fuses two map stages and hands one's rows straight to the next, whose getList then fails.
   */
  static scala.collection.immutable.Seq<Object> seq(Object[] values) {
    return scala.collection.immutable.ArraySeq.unsafeWrapArray(values);
  }
}
