package org.openresolve.spark.resolve;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.pipeline.PreparedRecord;

/**
 * The working form of a record during resolution ({@link PreparedRecord}): its node id (in key
 * order, so the smallest node of an entity is its smallest record key), its key, its serialised
 * match view, its blocking keys and whether its grading is low.
 */
final class ViewRows {
  static final String NODE = "_node";
  static final String SOURCE = "source";
  static final String RECORD_ID = "record_id";
  static final String VIEW = "_view";
  static final String BLOCK_KEYS = "_block_keys";
  static final String BLOCK_KEY = "_block_key";
  static final String LOW_GRADE = "_low_grade";

  /** A view as built, before {@link #NODE} numbers it. */
  static final StructType UNNUMBERED =
      new StructType()
          .add(SOURCE, StringType, false)
          .add(RECORD_ID, StringType, false)
          .add(VIEW, BinaryType, false)
          .add(BLOCK_KEYS, DataTypes.createArrayType(StringType, false), false)
          .add(LOW_GRADE, BooleanType, false);

  private ViewRows() {}

  /** A prepared record's row of {@link #UNNUMBERED}. */
  static Row of(String source, String recordId, PreparedRecord r) {
    return RowFactory.create(
        source,
        recordId,
        MatchViewCodec.encode(r.view()),
        r.blockKeys().toArray(new String[0]),
        r.lowGrade());
  }
}
