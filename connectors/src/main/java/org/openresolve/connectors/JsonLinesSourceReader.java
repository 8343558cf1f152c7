package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.openresolve.connectors.io.LineReader;
import org.openresolve.connectors.io.PhysicalLine;
import org.openresolve.model.QuarantineReason;

/**
 * JSON Lines: one JSON object per line. Blank lines are layout and skipped. Unreadable lines
 * (oversize, bad UTF-8, not JSON, not an object) are quarantined here; subclasses turn each object
 * into records.
 */
abstract class JsonLinesSourceReader extends LookaheadReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  final ConnectorSettings settings;
  final RowGuard guard;
  final Normalisers normalisers;
  private final LineReader lines;
  private long rows;

  JsonLinesSourceReader(ConnectorSettings settings, InputStream in) {
    this.settings = requireNonNull(settings, "settings is null");
    this.lines = new LineReader(in, settings.maxRowBytes());
    this.guard = new RowGuard(settings);
    this.normalisers = Normalisers.forRegion(settings.effectivePhoneRegion());
  }

  /** The records of one readable JSON object. */
  abstract RowResult read(JsonNode object, long line, String raw);

  /**
   * The top-level member naming a line's record, read from a line that is not valid JSON as far as
   * the line can be parsed; null where a line holds several records.
   */
  abstract String idField();

  @Override
  RowResult readRow() {
    try {
      PhysicalLine line = lines.next();
      while (line != null && !line.oversize() && line.text().isBlank()) {
        line = lines.next();
      }
      if (line == null) {
        return null;
      }
      rows++;
      return toResult(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + settings.fileName(), e);
    }
  }

  private RowResult toResult(PhysicalLine line) {
    String id = idField() == null ? null : RawRecordIds.jsonMember(line.text(), idField());
    if (line.oversize()) {
      return guard.quarantined(
          line.number(),
          QuarantineReason.OVERSIZE_ROW,
          "line is " + line.byteLength() + " bytes, over the limit of " + settings.maxRowBytes(),
          line.text(),
          id);
    }
    if (line.badEncoding()) {
      return guard.quarantined(
          line.number(),
          QuarantineReason.INVALID_ENCODING,
          "line is not valid UTF-8",
          line.text(),
          id);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      return guard.quarantined(
          line.number(),
          QuarantineReason.MALFORMED_JSON,
          "not valid JSON: " + e.getOriginalMessage(),
          line.text(),
          id);
    }
    if (node == null || !node.isObject()) {
      return guard.quarantined(
          line.number(),
          QuarantineReason.NOT_AN_OBJECT,
          "a JSON object is expected, found "
              + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)),
          line.text());
    }
    return read(node, line.number(), line.text());
  }

  @Override
  public long rowsRead() {
    return rows;
  }

  @Override
  public long linesRead() {
    return lines.lines();
  }

  /** A JSON Lines file has no header: each line stands alone. */
  @Override
  public String fileProblem() {
    return null;
  }

  @Override
  public java.util.List<String> warnings() {
    if (rows > 0) {
      return java.util.List.of();
    }
    return java.util.List.of(lines.lines() == 0 ? "the file is empty" : "the file holds no rows");
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
