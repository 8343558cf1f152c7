package org.openresolve.spark.schema;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads the columns of one row laid out as a known struct type, by column name. Every refusal names
 * the column path (e.g. {@code names[1].latin}) and quotes the bad value, because a row that does
 * not fit the schema means the Parquet files were written by something else or edited.
 *
 * <p>Accepts both external forms Spark produces: sequences or Java lists for arrays, and {@link
 * Timestamp} or {@link Instant} for timestamps (the latter when {@code
 * spark.sql.datetime.java8API.enabled} is on).
 */
final class RowReader {
  private final Row row;
  private final StructType type;
  private final String path;

  RowReader(Row row, StructType type, String path) {
    this.row = requireNonNull(row, "row is null");
    this.type = requireNonNull(type, "type is null");
    this.path = requireNonNull(path, "path is null");
    if (row.size() != type.size()) {
      throw new IllegalArgumentException(
          describe() + "has " + row.size() + " fields, expected " + type.size());
    }
    if (row.schema() != null && !Arrays.equals(row.schema().fieldNames(), type.fieldNames())) {
      throw new IllegalArgumentException(
          describe()
              + "has fields "
              + Arrays.toString(row.schema().fieldNames())
              + ", expected "
              + Arrays.toString(type.fieldNames()));
    }
  }

  String string(String column) {
    return as(column, String.class);
  }

  String requiredString(String column) {
    return required(column, string(column));
  }

  Integer integer(String column) {
    return as(column, Integer.class);
  }

  int requiredInt(String column) {
    return required(column, integer(column));
  }

  Instant instant(String column) {
    Object value = row.get(type.fieldIndex(column));
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw wrongType(path(column), "a timestamp", value);
  }

  /** A non-null value decoded by {@code parse}, which returns empty for an unknown code. */
  <T> T requiredCode(String column, Function<String, Optional<T>> parse) {
    return required(column, code(column, parse));
  }

  /** A nullable value decoded by {@code parse}, which returns empty for an unknown code. */
  <T> T code(String column, Function<String, Optional<T>> parse) {
    String value = string(column);
    if (value == null) {
      return null;
    }
    return parse
        .apply(value)
        .orElseThrow(
            () -> new IllegalArgumentException(path(column) + ": unknown value '" + value + "'"));
  }

  List<String> strings(String column) {
    return elements(column, (value, elementPath) -> castElement(value, String.class, elementPath));
  }

  <T> List<T> structs(String column, StructType elementType, Function<RowReader, T> read) {
    return elements(
        column,
        (value, elementPath) ->
            read.apply(
                new RowReader(
                    castElement(value, Row.class, elementPath), elementType, elementPath)));
  }

  /** Decodes enum constants written by {@link Enum#name()}. */
  static <E extends Enum<E>> Function<String, Optional<E>> byName(Class<E> enumType) {
    return name ->
        Arrays.stream(enumType.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }

  private interface ElementReader<T> {
    T read(Object value, String elementPath);
  }

  private <T> List<T> elements(String column, ElementReader<T> read) {
    Object value = row.get(type.fieldIndex(column));
    List<?> values;
    if (value instanceof scala.collection.Seq<?> seq) {
      values = CollectionConverters.asJava(seq);
    } else if (value instanceof List<?> list) {
      values = list;
    } else if (value == null) {
      throw new IllegalArgumentException(path(column) + " is null");
    } else {
      throw wrongType(path(column), "an array", value);
    }
    List<T> result = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      result.add(read.read(values.get(i), path(column) + "[" + i + "]"));
    }
    return List.copyOf(result);
  }

  private <T> T as(String column, Class<T> expected) {
    Object value = row.get(type.fieldIndex(column));
    if (value == null || expected.isInstance(value)) {
      return expected.cast(value);
    }
    throw wrongType(path(column), "a " + expected.getSimpleName(), value);
  }

  private static <T> T castElement(Object value, Class<T> expected, String elementPath) {
    if (value == null) {
      throw new IllegalArgumentException(elementPath + " is null");
    }
    if (!expected.isInstance(value)) {
      throw wrongType(elementPath, "a " + expected.getSimpleName(), value);
    }
    return expected.cast(value);
  }

  private <T> T required(String column, T value) {
    if (value == null) {
      throw new IllegalArgumentException(path(column) + " is null");
    }
    return value;
  }

  private static IllegalArgumentException wrongType(
      String valuePath, String expected, Object value) {
    return new IllegalArgumentException(
        valuePath
            + ": expected "
            + expected
            + ", found "
            + value.getClass().getName()
            + " '"
            + value
            + "'");
  }

  private String path(String column) {
    return path.isEmpty() ? column : path + "." + column;
  }

  private String describe() {
    return path.isEmpty() ? "row " : path + " ";
  }
}
