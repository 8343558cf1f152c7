package org.openresolve.spark.schema;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Short names for declaring the tables' struct types, so each schema reads as a column list. */
final class StructFields {
  private StructFields() {}

  static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  static StructField required(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  static StructField optional(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** A list column: the list itself and its elements are never null. */
  static StructField list(String name, DataType elementType) {
    return required(name, DataTypes.createArrayType(elementType, false));
  }
}
