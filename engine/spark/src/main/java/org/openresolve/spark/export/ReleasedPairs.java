package org.openresolve.spark.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of a pair table ({@code merges/}, {@code review/}, {@code refused/}) as a release keeps
 * them: the same columns, with the free text that mentions a withheld record rewritten ({@link
 * ReleaseText}). Each input row carries, in {@code _withheld_l} and {@code _withheld_r}, the values
 * of the withheld records of the two records' entities in the full run: a guard that refused the
 * link named records of those entities.
 */
final class ReleasedPairs implements MapPartitionsFunction<Row, Row> {
  static final String WITHHELD_L = "_withheld_l";
  static final String WITHHELD_R = "_withheld_r";

  private final StructType schema;

  ReleasedPairs(StructType schema) {
    this.schema = requireNonNull(schema, "schema is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return released(rows.next());
      }
    };
  }

  private Row released(Row in) {
    List<String> withheld = new ArrayList<>();
    for (String column : List.of(WITHHELD_L, WITHHELD_R)) {
      int i = in.fieldIndex(column);
      if (!in.isNullAt(i)) {
        withheld.addAll(in.getList(i));
      }
    }
    Object[] out = new Object[schema.size()];
    for (int o = 0; o < out.length; o++) {
      String name = schema.fields()[o].name();
      int i = in.fieldIndex(name);
      out[o] =
          switch (name) {
            case "refusal" -> ReleaseText.refusal(in.getString(i), withheld);
            case "judgement" -> ReleaseText.judgement(in.getString(i), withheld);
            case "evidence" -> in.isNullAt(i) ? null : evidence(in.getList(i), withheld);
            default -> in.get(i);
          };
    }
    return RowFactory.create(out);
  }

  private static Object evidence(List<Row> elements, List<String> withheld) {
    List<Row> out = new ArrayList<>(elements.size());
    for (Row e : elements) {
      Object[] values = new Object[e.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = e.get(i);
      }
      int note = e.fieldIndex("note");
      values[note] = ReleaseText.note(e.getString(note), withheld);
      out.add(RowFactory.create(values));
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
  }
}
