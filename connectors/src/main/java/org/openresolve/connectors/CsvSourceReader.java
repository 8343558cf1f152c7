package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openresolve.connectors.io.CsvReader;
import org.openresolve.connectors.io.CsvRow;
import org.openresolve.connectors.io.LineReader;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.model.QuarantineReason;

/**
 * Reads a CSV file with a header row through a {@link SourceMapping}: criminal-records exports
 * (with the built-in contract mapping) and any mapped CSV. A header that cannot be read, or that
 * lacks or repeats a column the mapping reads ({@link CsvHeader}), is a {@link #fileProblem()}:
 * every row of the file is then quarantined as {@code BAD_HEADER}, nothing is read as a record, and
 * the run stops naming the file and the column.
 */
final class CsvSourceReader extends LookaheadReader {
  private final ConnectorSettings settings;
  private final SourceMapping mapping;
  private final LineReader lines;
  private final CsvReader csv;
  private final RowGuard guard;
  private final Normalisers normalisers;
  private final Pattern separator;
  private final List<String> warnings = new ArrayList<>();
  private CsvHeader header;
  private long rows;

  CsvSourceReader(ConnectorSettings settings, SourceMapping mapping, InputStream in) {
    this.settings = requireNonNull(settings, "settings is null");
    this.mapping = requireNonNull(mapping, "mapping is null");
    this.lines = new LineReader(in, settings.maxRowBytes());
    this.csv = new CsvReader(lines, mapping.delimiter().charAt(0), settings.maxRowBytes());
    this.guard = new RowGuard(settings);
    this.normalisers = Normalisers.forRegion(settings.effectivePhoneRegion());
    this.separator = Pattern.compile(Pattern.quote(mapping.listSeparator()));
  }

  @Override
  RowResult readRow() {
    try {
      if (header == null && !readHeader()) {
        return null;
      }
      CsvRow row = csv.next();
      while (row != null
          && row.problem() == null
          && row.cells().size() == 1
          && row.cells().get(0).isBlank()) {
        row = csv.next(); // blank lines are layout, not rows
      }
      if (row == null) {
        if (rows == 0 && header.problem() == null) {
          warnings.add("the file has a header but no rows");
        }
        return null;
      }
      rows++;
      return toResult(row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + settings.fileName(), e);
    }
  }

  private boolean readHeader() throws IOException {
    CsvRow row = csv.next();
    if (row == null) {
      header = new CsvHeader(java.util.Map.of(), 0, null, List.of());
      warnings.add("the file is empty");
      return false;
    }
    header = CsvHeader.of(row, mapping, settings.maxRowBytes());
    warnings.addAll(header.warnings());
    csv.expectColumns(header.width());
    return true;
  }

  private RowResult toResult(CsvRow row) {
    if (header.problem() != null) {
      return guard.quarantined(
          row.line(), QuarantineReason.BAD_HEADER, header.problem(), row.raw());
    }
    Integer idColumn = header.index().get(mapping.recordId());
    if (row.problem() != null) {
      // The cells before the damage are still readable, and the id is usually among the first.
      String id =
          idColumn == null
              ? null
              : RawRecordIds.csvCell(row.raw(), mapping.delimiter().charAt(0), idColumn);
      return switch (row.problem()) {
        case OVERSIZE ->
            guard.quarantined(
                row.line(),
                QuarantineReason.OVERSIZE_ROW,
                "row is longer than " + settings.maxRowBytes() + " bytes",
                row.raw(),
                id);
        case BAD_ENCODING ->
            guard.quarantined(
                row.line(),
                QuarantineReason.INVALID_ENCODING,
                "row is not valid UTF-8",
                row.raw(),
                id);
        case UNTERMINATED_QUOTE ->
            guard.quarantined(
                row.line(),
                QuarantineReason.UNTERMINATED_QUOTE,
                "a quoted cell opened on this line is never closed",
                row.raw(),
                id);
      };
    }
    if (row.cells().size() != header.width()) {
      String id =
          idColumn == null || idColumn >= row.cells().size()
              ? null
              : row.cells().get(idColumn).strip();
      return guard.quarantined(
          row.line(),
          QuarantineReason.WRONG_COLUMN_COUNT,
          "row has " + row.cells().size() + " cells, the header has " + header.width(),
          row.raw(),
          id);
    }
    CsvFields fields = new CsvFields(header.index(), row.cells(), mapping.trim(), separator);
    String id = fields.text(mapping.recordId());
    var bad = guard.claimId(id, mapping.recordId(), row.line(), row.raw());
    if (bad != null) {
      return new RowResult.Quarantined(bad);
    }
    RecordAssembler a =
        new RecordAssembler(
            settings, normalisers, guard.key(id, guard.sha256(row.raw())), row.line());
    MappedRecord.fill(mapping, fields, a);
    return guard.accept(row.line(), row.raw(), a.builder().build(), a.issues());
  }

  @Override
  public long rowsRead() {
    return rows;
  }

  @Override
  public long linesRead() {
    return lines.lines();
  }

  @Override
  public String fileProblem() {
    return header == null ? null : header.problem();
  }

  @Override
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
