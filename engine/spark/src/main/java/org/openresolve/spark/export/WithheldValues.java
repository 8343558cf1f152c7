package org.openresolve.spark.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.openresolve.spark.schema.Columns;

/**
 * A withheld record's key and every text value it holds (names as written and folded, dates,
 * document numbers, phones, addresses, handles...), which no text of a release may mention. Read
 * from every string of the {@code records/} row, so a column added to the schema is covered too;
 * only codes from a fixed vocabulary (sex, categories, identifier types, scripts...) are left out.
 */
final class WithheldValues implements MapFunction<Row, Row> {
  static final String VALUES = "_withheld";

  static final StructType SCHEMA =
      new StructType()
          .add(Columns.SOURCE, DataTypes.StringType, false)
          .add(Columns.RECORD_ID, DataTypes.StringType, false)
          .add(VALUES, DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** Columns and struct fields that hold codes, not a person's values. */
  private static final Set<String> CODES =
      Set.of(
          Columns.SOURCE,
          Columns.SOURCE_KIND,
          Columns.ROW_SHA256,
          Columns.SEX,
          Columns.SUBJECT_CATEGORY,
          Columns.GRADING_SYSTEM,
          Columns.SOURCE_RELIABILITY,
          Columns.INFORMATION_CREDIBILITY,
          Columns.HANDLING_CODE,
          Columns.WEB_NETWORK,
          Columns.NATIONALITIES,
          "type",
          "script",
          "issuer",
          "country",
          "platform",
          "chain");

  @Override
  public Row call(Row record) {
    String source = record.getAs(Columns.SOURCE);
    String id = record.getAs(Columns.RECORD_ID);
    List<String> values = new ArrayList<>();
    values.add(source + ":" + id);
    values.add(id);
    strings(record, values);
    return RowFactory.create(
        source, id, scala.jdk.javaapi.CollectionConverters.asScala(values).toList());
  }

  private static void strings(Row row, List<String> into) {
    StructType schema = row.schema();
    for (StructField f : schema.fields()) {
      int i = schema.fieldIndex(f.name());
      if (CODES.contains(f.name()) || row.isNullAt(i)) {
        continue;
      }
      value(
          f.dataType() instanceof ArrayType a ? a.elementType() : f.dataType(),
          f.dataType() instanceof ArrayType,
          row,
          i,
          into);
    }
  }

  private static void value(
      org.apache.spark.sql.types.DataType type, boolean list, Row row, int i, List<String> into) {
    List<Object> items = list ? row.getList(i) : List.of(row.get(i));
    for (Object item : items) {
      if (item instanceof String s && !s.isBlank()) {
        into.add(s.strip());
      } else if (item instanceof Row nested && type instanceof StructType) {
        strings(nested, into);
      }
    }
  }
}
