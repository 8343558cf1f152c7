package org.openresolve.spark.resolve;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The working form of a record during resolution: its node id (dense, in key order, so the
 * smallest id of an entity is its smallest record key), its key, its serialised match view and its
 * blocking keys.
 */
final class ViewRows {
  static final String NODE = "_node";
  static final String SOURCE = "source";
  static final String RECORD_ID = "record_id";
  static final String VIEW = "_view";
  static final String BLOCK_KEYS = "_block_keys";
  static final String BLOCK_KEY = "_block_key";

  /** A view as built, before {@link #NODE} numbers it. */
  static final StructType UNNUMBERED =
      new StructType()
          .add(SOURCE, StringType, false)
          .add(RECORD_ID, StringType, false)
          .add(VIEW, BinaryType, false)
          .add(BLOCK_KEYS, DataTypes.createArrayType(StringType, false), false);

  private ViewRows() {}
}
