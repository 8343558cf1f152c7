package org.openresolve.spark.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares the tables of two output directories row for row, whatever the order of rows and part
 * files, leaving out the run id (a run's own), and the model the runs wrote. Used by the tests that
 * resolve one input two ways, and from the command line to check that a change leaves the tables of
 * a run as they were: {@code java -cp ... org.openresolve.spark.testing.SameTables A B}.
 */
public final class SameTables {
  private static final String RUN_ID = "run_id";

  private SameTables() {}

  /** One line per difference; empty when every table holds the same rows. */
  public static List<String> differences(SparkSession spark, Path a, Path b) {
    List<String> out = new ArrayList<>();
    List<String> tables = tables(a);
    if (!tables.equals(tables(b))) {
      out.add("tables " + tables + " vs " + tables(b));
    }
    for (String table : tables) {
      if (!Files.isDirectory(b.resolve(table))) {
        continue;
      }
      List<String> left = rows(spark, a.resolve(table));
      List<String> right = rows(spark, b.resolve(table));
      if (!left.equals(right)) {
        List<String> onlyLeft = new ArrayList<>(left);
        onlyLeft.removeAll(right);
        List<String> onlyRight = new ArrayList<>(right);
        onlyRight.removeAll(left);
        out.add(
            table
                + ": "
                + left.size()
                + " vs "
                + right.size()
                + " rows; first only in "
                + a
                + ": "
                + onlyLeft.stream().limit(3).toList()
                + "; first only in "
                + b
                + ": "
                + onlyRight.stream().limit(3).toList());
      }
    }
    if (!text(a.resolve("model.json")).equals(text(b.resolve("model.json")))) {
      out.add("model.json differs");
    }
    return out;
  }

  private static List<String> tables(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isDirectory(p) && Files.exists(p.resolve("_SUCCESS")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> rows(SparkSession spark, Path table) {
    Dataset<Row> rows = spark.read().parquet(table.toString());
    if (Arrays.asList(rows.columns()).contains(RUN_ID)) {
      rows = rows.drop(RUN_ID);
    }
    List<String> out = new ArrayList<>(rows.collectAsList().stream().map(Row::toString).toList());
    out.sort(null);
    return out;
  }

  private static String text(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    SparkSession spark = LocalSpark.start(SameTables.class);
    List<String> differences = differences(spark, Path.of(args[0]), Path.of(args[1]));
    differences.forEach(System.out::println);
    System.out.println(
        differences.isEmpty() ? "same tables" : differences.size() + " tables differ");
    spark.stop();
    System.exit(differences.isEmpty() ? 0 : 1);
  }
}
