package org.openresolve.connectors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.SourceKind;

/** Reads literal file contents through a connector and collects what came out. */
final class ConnectorTestSupport {
  static final Instant READ_AT = Instant.parse("2026-06-01T00:00:00Z");

  private ConnectorTestSupport() {}

  static Outcome read(SourceKind kind, String content) {
    return read(kind, content, null, null, ConnectorSettings.DEFAULT_MAX_ROW_BYTES);
  }

  static Outcome read(
      SourceKind kind, String content, SourceMapping mapping, String phoneRegion, int maxRowBytes) {
    return read(kind, content.getBytes(StandardCharsets.UTF_8), mapping, phoneRegion, maxRowBytes);
  }

  static Outcome read(
      SourceKind kind, byte[] content, SourceMapping mapping, String phoneRegion, int maxRowBytes) {
    ConnectorSettings settings =
        new ConnectorSettings("src", kind, "test-file", phoneRegion, mapping, maxRowBytes, READ_AT);
    Outcome o = new Outcome();
    try (SourceReader reader = Connectors.open(settings, new ByteArrayInputStream(content))) {
      while (reader.hasNext()) {
        RowResult r = reader.next();
        o.rows++;
        if (r instanceof RowResult.Accepted a) {
          o.accepted++;
          o.records.addAll(a.records());
          o.issues.addAll(a.issues());
          o.parts.addAll(a.quarantinedParts());
        } else {
          o.quarantined.add(((RowResult.Quarantined) r).row());
        }
      }
      // The reader's own count must agree with the results it gave, whatever the input.
      if (reader.rowsRead() != o.rows) {
        throw new AssertionError(
            "the reader counted " + reader.rowsRead() + " rows but gave " + o.rows + " results");
      }
      o.lines = reader.linesRead();
      o.problem = reader.fileProblem();
      o.warnings.addAll(reader.warnings());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return o;
  }

  static SourceMapping mapping(String yaml) {
    return SourceMapping.read(
        "test-mapping.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Everything one file gave. */
  static final class Outcome {
    int rows;
    int accepted;
    long lines;
    String problem;
    final List<String> warnings = new ArrayList<>();
    final List<PersonRecord> records = new ArrayList<>();
    final List<FieldIssue> issues = new ArrayList<>();
    final List<QuarantinedRow> quarantined = new ArrayList<>();
    final List<QuarantinedRow> parts = new ArrayList<>();

    PersonRecord record(String id) {
      return records.stream()
          .filter(r -> r.key().recordId().equals(id))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no record " + id + " in " + records));
    }
  }
}
