package org.openresolve.connectors.io;

import java.util.List;

/**
 * One logical CSV row, which may span several physical lines when a quoted cell holds line breaks.
 *
 * @param line 1-based line number where the row starts
 * @param raw the row's text as in the file (lines joined with \n)
 * @param cells the parsed cells; empty when the row could not be split
 * @param problem what made the row unreadable, or null
 */
public record CsvRow(long line, String raw, List<String> cells, Problem problem) {
  public CsvRow {
    cells = List.copyOf(cells);
  }

  /** Reasons a CSV row cannot be split into cells. */
  public enum Problem {
    OVERSIZE,
    BAD_ENCODING,
    UNTERMINATED_QUOTE
  }
}
