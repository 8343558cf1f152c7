package org.openresolve.spark.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openresolve.connectors.io.CsvReader;
import org.openresolve.connectors.io.CsvRow;
import org.openresolve.connectors.io.LineReader;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.evaluate.InMemoryEvaluation.TruthRow;

/**
 * A truth file ({@code source,record_id,entity} by header name, any order, other columns ignored)
 * read on the driver, as Spark's CSV reader gives it to {@link EvaluateJob}: header names matched
 * without regard to case, an empty cell null, a short row padded with nulls.
 */
final class TruthFile {
  private static final int MAX_LINE_BYTES = 1 << 20;
  private static final List<String> COLUMNS = List.of("source", "record_id", "entity");

  private TruthFile() {}

  static List<TruthRow> read(Path file) {
    List<TruthRow> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(new LineReader(in, MAX_LINE_BYTES), ',', MAX_LINE_BYTES)) {
      CsvRow header = csv.next();
      if (header == null || header.problem() != null) {
        throw new UserInputException(file + ": the truth file has no readable header");
      }
      int[] at = new int[COLUMNS.size()];
      for (int c = 0; c < COLUMNS.size(); c++) {
        at[c] = indexOf(header.cells(), COLUMNS.get(c));
        if (at[c] < 0) {
          throw new UserInputException(
              file + ": the truth file has no column " + COLUMNS.get(c) + " in its header");
        }
      }
      csv.expectColumns(header.cells().size());
      for (CsvRow row = csv.next(); row != null; row = csv.next()) {
        if (row.problem() != null) {
          throw new UserInputException(
              file + " line " + row.line() + ": unreadable row (" + row.problem() + ")");
        }
        if (row.cells().size() == 1 && row.cells().get(0).isEmpty()) {
          continue;
        }
        rows.add(new TruthRow(cell(row, at[0]), cell(row, at[1]), cell(row, at[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }

  private static int indexOf(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(column)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(CsvRow row, int i) {
    return i < row.cells().size() && !row.cells().get(i).isEmpty() ? row.cells().get(i) : null;
  }
}
