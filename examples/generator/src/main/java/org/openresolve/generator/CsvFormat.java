package org.openresolve.generator;

import java.util.List;

/** RFC 4180 rows: a cell holding a comma, quote or line break is quoted, quotes doubled. */
final class CsvFormat {
  private CsvFormat() {}

  static String row(List<String> cells) {
    return row(cells.toArray(String[]::new), -1);
  }

  /** A row; the cell at {@code rawIndex} (if any) is written as is, never quoted. */
  static String row(String[] cells, int rawIndex) {
    StringBuilder out = new StringBuilder(256);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells[i] == null ? "" : cells[i];
      if (i == rawIndex || !needsQuotes(cell)) {
        out.append(cell);
      } else {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      }
    }
    return out.toString();
  }

  private static boolean needsQuotes(String cell) {
    return cell.indexOf(',') >= 0
        || cell.indexOf('"') >= 0
        || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
  }
}
