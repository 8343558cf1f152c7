package org.openresolve.spark.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a Parquet directory written by Spark with the plain Parquet reader, no Spark and no Hadoop
 * file system, the way a downstream tool sees the engine's output. Part files are read in name
 * order, so the rows come back in the order Spark's partitions wrote them.
 */
public final class PlainParquet {
  /** Spark writes lists in Parquet's standard three-level layout: column / list / element. */
  private static final String LIST = "list";

  private static final String ELEMENT = "element";

  private PlainParquet() {}

  /** Every row of every part file in {@code directory}. */
  public static List<Group> read(Path directory) {
    List<Group> rows = new ArrayList<>();
    for (Path file : partFiles(directory)) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        MessageColumnIO columns = new ColumnIOFactory().getColumnIO(schema);
        PageReadStore rowGroup;
        while ((rowGroup = reader.readNextRowGroup()) != null) {
          RecordReader<Group> records =
              columns.getRecordReader(rowGroup, new GroupRecordConverter(schema));
          for (long i = 0; i < rowGroup.getRowCount(); i++) {
            rows.add(records.read());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return List.copyOf(rows);
  }

  /** The Parquet schema of the first part file in {@code directory}. */
  public static MessageType schema(Path directory) {
    Path file = partFiles(directory).get(0);
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      return reader.getFooter().getFileMetaData().getSchema();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** A string field, or null when the row holds no value for it. */
  public static String stringOrNull(Group group, String field) {
    return group.getFieldRepetitionCount(field) == 0 ? null : group.getString(field, 0);
  }

  /** The struct elements of a list column; empty for an empty or null list. */
  public static List<Group> structElements(Group row, String column) {
    List<Group> elements = new ArrayList<>();
    for (Group entry : listEntries(row, column)) {
      elements.add(entry.getGroup(ELEMENT, 0));
    }
    return List.copyOf(elements);
  }

  /** The string elements of a list column; empty for an empty or null list. */
  public static List<String> stringElements(Group row, String column) {
    List<String> elements = new ArrayList<>();
    for (Group entry : listEntries(row, column)) {
      elements.add(entry.getString(ELEMENT, 0));
    }
    return List.copyOf(elements);
  }

  private static List<Group> listEntries(Group row, String column) {
    if (row.getFieldRepetitionCount(column) == 0) {
      return List.of();
    }
    Group list = row.getGroup(column, 0);
    List<Group> entries = new ArrayList<>();
    for (int i = 0; i < list.getFieldRepetitionCount(LIST); i++) {
      entries.add(list.getGroup(LIST, i));
    }
    return entries;
  }

  /** Spark also leaves {@code _SUCCESS} and {@code .crc} side files; only part files hold rows. */
  private static List<Path> partFiles(Path directory) {
    requireNonNull(directory, "directory is null");
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> parts =
          files
              .filter(f -> f.getFileName().toString().endsWith(".parquet"))
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("no Parquet part files in " + directory);
      }
      return parts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
