package org.openresolve.spark.schema;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Fills one row of a struct type by column name, so that the value order cannot drift from the
 * schema, and refuses to build while a column is left unset, so that a column added to the schema
 * cannot be forgotten in a converter.
 *
 * <p>Values are Spark's default external types: lists become Scala immutable sequences (what {@link
 * Row#getList} and Spark's encoders expect) and instants become {@link Timestamp}s (the external
 * type of {@code timestamp} while {@code spark.sql.datetime.java8API.enabled} is off, its default).
 */
final class RowWriter {
  private final StructType type;
  private final Object[] values;
  private final BitSet set;

  RowWriter(StructType type) {
    this.type = requireNonNull(type, "type is null");
    this.values = new Object[type.size()];
    this.set = new BitSet(type.size());
  }

  RowWriter set(String column, Object value) {
    int i = type.fieldIndex(column);
    values[i] = value;
    set.set(i);
    return this;
  }

  RowWriter timestamp(String column, Instant instant) {
    return set(column, instant == null ? null : Timestamp.from(instant));
  }

  RowWriter name(String column, Enum<?> value) {
    return set(column, value == null ? null : value.name());
  }

  <T> RowWriter list(String column, List<T> elements, Function<? super T, ?> toValue) {
    List<Object> converted = new ArrayList<>(elements.size());
    for (T element : elements) {
      converted.add(toValue.apply(element));
    }
    return set(column, CollectionConverters.asScala(converted).toList());
  }

  Row build() {
    if (set.cardinality() != values.length) {
      throw new IllegalStateException(
          "column " + type.fields()[set.nextClearBit(0)].name() + " was not set");
    }
    return RowFactory.create(values.clone());
  }
}
