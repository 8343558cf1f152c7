package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openresolve.connectors.io.CsvReader;
import org.openresolve.connectors.io.CsvRow;
import org.openresolve.connectors.io.LineReader;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.model.QuarantineReason;

/**
 * Reads a CSV file with a header row through a {@link SourceMapping}: criminal-records exports
 * (with the built-in contract mapping) and any mapped CSV. A header without the record-id column
 * (or, for a user's mapping, without any mapped column) makes every row of the file a {@code
 * BAD_HEADER} quarantine: nothing can be read as a record, and nothing is dropped unseen.
 */
final class CsvSourceReader extends LookaheadReader {
  private final ConnectorSettings settings;
  private final SourceMapping mapping;
  private final boolean strictHeader;
  private final CsvReader csv;
  private final RowGuard guard;
  private final Normalisers normalisers;
  private final Pattern separator;
  private Map<String, Integer> header;
  private int headerWidth;
  private String headerProblem;

  CsvSourceReader(ConnectorSettings settings, SourceMapping mapping, boolean strictHeader, InputStream in) {
    this.settings = requireNonNull(settings, "settings is null");
    this.mapping = requireNonNull(mapping, "mapping is null");
    this.strictHeader = strictHeader;
    this.csv = new CsvReader(new LineReader(in, settings.maxRowBytes()), mapping.delimiter().charAt(0), settings.maxRowBytes());
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
      while (row != null && row.problem() == null && row.cells().size() == 1 && row.cells().get(0).isBlank()) {
        row = csv.next(); // blank lines are layout, not rows
      }
      return row == null ? null : toResult(row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + settings.fileName(), e);
    }
  }

  private boolean readHeader() throws IOException {
    CsvRow row = csv.next();
    if (row == null) {
      return false;
    }
    header = new HashMap<>();
    List<String> names = row.problem() == null ? row.cells() : List.of();
    for (int i = 0; i < names.size(); i++) {
      header.putIfAbsent(mapping.trim() ? names.get(i).strip() : names.get(i), i);
    }
    List<String> missing = new ArrayList<>();
    for (String column : strictHeader ? mapping.columns() : List.of(mapping.recordId())) {
      if (!header.containsKey(column)) {
        missing.add(column);
      }
    }
    if (row.problem() != null) {
      headerProblem = "the header row cannot be read (" + row.problem() + ")";
    } else if (!missing.isEmpty()) {
      headerProblem = "the header (line " + row.line() + ") lacks column(s) " + missing + "; it has " + names;
    }
    headerWidth = names.size();
    csv.expectColumns(headerWidth);
    return true;
  }

  private RowResult toResult(CsvRow row) {
    if (headerProblem != null) {
      return guard.quarantined(row.line(), QuarantineReason.BAD_HEADER, headerProblem, row.raw());
    }
    if (row.problem() != null) {
      return switch (row.problem()) {
        case OVERSIZE -> guard.quarantined(row.line(), QuarantineReason.OVERSIZE_ROW,
            "row is longer than " + settings.maxRowBytes() + " bytes", row.raw());
        case BAD_ENCODING -> guard.quarantined(row.line(), QuarantineReason.INVALID_ENCODING, "row is not valid UTF-8", row.raw());
        case UNTERMINATED_QUOTE -> guard.quarantined(row.line(), QuarantineReason.UNTERMINATED_QUOTE,
            "a quoted cell opened on this line is never closed", row.raw());
      };
    }
    if (row.cells().size() != headerWidth) {
      return guard.quarantined(row.line(), QuarantineReason.WRONG_COLUMN_COUNT,
          "row has " + row.cells().size() + " cells, the header has " + headerWidth, row.raw());
    }
    CsvFields fields = new CsvFields(header, row.cells(), mapping.trim(), separator);
    String id = fields.text(mapping.recordId());
    var bad = guard.claimId(id, mapping.recordId(), row.line(), row.raw());
    if (bad != null) {
      return new RowResult.Quarantined(bad);
    }
    RecordAssembler a = new RecordAssembler(settings, normalisers, guard.key(id, guard.sha256(row.raw())), row.line());
    MappedRecord.fill(mapping, fields, a);
    return guard.accept(row.line(), row.raw(), a.builder().build(), a.issues());
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
