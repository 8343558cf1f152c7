package org.openresolve.connectors.io;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * RFC 4180 CSV rows on top of {@link LineReader}. Written here rather than taken from a CSV library
 * because quarantine needs what libraries do not give: the raw text and starting line of every row,
 * including broken ones, and recovery from a stray quote without swallowing the rest of the file.
 *
 * <p>A quoted cell may span lines. When a quote opened on one line does not close into a row of the
 * expected width (end of file, the size limit, or the wrong number of cells), only the line that
 * opened it is reported as {@link CsvRow.Problem#UNTERMINATED_QUOTE} and the lines after it are
 * read again as rows of their own.
 */
public final class CsvReader implements Closeable {
  private final LineReader lines;
  private final char delimiter;
  private final int maxBytes;
  private final Deque<PhysicalLine> pushedBack = new ArrayDeque<>();
  private int expectedColumns = -1;

  public CsvReader(LineReader lines, char delimiter, int maxBytes) {
    this.lines = requireNonNull(lines, "lines is null");
    this.delimiter = delimiter;
    this.maxBytes = maxBytes;
  }

  /** Rows spanning lines must have this many cells to be taken as one row; set from the header. */
  public void expectColumns(int columns) {
    this.expectedColumns = columns;
  }

  private PhysicalLine nextLine() throws IOException {
    return pushedBack.isEmpty() ? lines.next() : pushedBack.pollFirst();
  }

  /** The next row, or null at the end of the file. */
  public CsvRow next() throws IOException {
    PhysicalLine first = nextLine();
    if (first == null) {
      return null;
    }
    if (first.oversize()) {
      return new CsvRow(first.number(), first.text(), List.of(), CsvRow.Problem.OVERSIZE);
    }
    if (first.badEncoding()) {
      return new CsvRow(first.number(), first.text(), List.of(), CsvRow.Problem.BAD_ENCODING);
    }
    CellSplitter splitter = new CellSplitter(delimiter);
    splitter.feed(first.text());
    if (!splitter.inQuotes()) {
      return new CsvRow(first.number(), first.text(), splitter.finish(), null);
    }
    List<PhysicalLine> continuation = new ArrayList<>();
    StringBuilder raw = new StringBuilder(first.text());
    while (splitter.inQuotes()) {
      PhysicalLine more = nextLine();
      if (more == null) {
        return unterminated(first, continuation);
      }
      continuation.add(more);
      if (more.oversize() || more.badEncoding() || raw.length() + more.text().length() > maxBytes) {
        return unterminated(first, continuation);
      }
      raw.append('\n').append(more.text());
      splitter.newLine();
      splitter.feed(more.text());
    }
    List<String> cells = splitter.finish();
    if (expectedColumns >= 0 && cells.size() != expectedColumns) {
      return unterminated(first, continuation);
    }
    return new CsvRow(first.number(), raw.toString(), cells, null);
  }

  private CsvRow unterminated(PhysicalLine first, List<PhysicalLine> continuation) {
    for (int i = continuation.size() - 1; i >= 0; i--) {
      pushedBack.addFirst(continuation.get(i));
    }
    return new CsvRow(first.number(), first.text(), List.of(), CsvRow.Problem.UNTERMINATED_QUOTE);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  /** Splits text into cells, carrying quote state across lines. */
  private static final class CellSplitter {
    private final char delimiter;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private boolean quoted;
    private boolean afterQuote;

    CellSplitter(char delimiter) {
      this.delimiter = delimiter;
    }

    boolean inQuotes() {
      return quoted;
    }

    void newLine() {
      cell.append('\n');
    }

    void feed(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c != '"') {
            cell.append(c);
          } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else if (c == delimiter) {
          cells.add(cell.toString());
          cell.setLength(0);
          afterQuote = false;
        } else if (c == '"' && !afterQuote && cell.toString().isBlank()) {
          // Exports often pad cells; spaces before an opening quote are not content.
          cell.setLength(0);
          quoted = true;
        } else {
          cell.append(c);
        }
      }
    }

    List<String> finish() {
      cells.add(cell.toString());
      return cells;
    }
  }
}
