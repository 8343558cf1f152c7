package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantinedRow;

/**
 * Runs a connector over one whole file inside a Spark task, streaming: rows are parsed as the
 * iterator is consumed, never held for the whole file. The file's size, sha256, the rows and lines
 * its reader counted and any problem of the whole file come last. The reader's row count is checked
 * against the results it gave: a row read but not accounted for stops the run.
 */
final class ReadSourceFile implements FlatMapFunction<SourceFile, Row> {
  private final SourceInput source;
  private final Instant readAt;
  private final int maxRowBytes;
  private final RecordDerivation derivation;
  private final Broadcast<SerializableConfiguration> hadoop;

  /**
   * @param derivation what to derive from each record beside it, or null for nothing
   */
  ReadSourceFile(
      SourceInput source,
      Instant readAt,
      int maxRowBytes,
      RecordDerivation derivation,
      Broadcast<SerializableConfiguration> hadoop) {
    this.source = requireNonNull(source, "source is null");
    this.readAt = requireNonNull(readAt, "readAt is null");
    this.maxRowBytes = maxRowBytes;
    this.derivation = derivation;
    this.hadoop = requireNonNull(hadoop, "hadoop is null");
  }

  @Override
  public Iterator<Row> call(SourceFile file) {
    String path = displayPath(file.uri());
    InputStream raw;
    try {
      Path p = new Path(URI.create(file.uri()));
      raw = FileSystem.get(p.toUri(), hadoop.value().value()).open(p);
    } catch (IOException | IllegalArgumentException e) {
      return Collections.singletonList(
              fileRow(path, 0, "", 0, 0, "cannot be read: " + e.getMessage(), List.of()))
          .iterator();
    }
    HashingInputStream in = new HashingInputStream(raw);
    ConnectorSettings settings =
        new ConnectorSettings(
            source.name(),
            source.kind(),
            path,
            source.phoneRegion(),
            source.mapping(),
            maxRowBytes,
            readAt);
    SourceReader reader = Connectors.open(settings, in);
    return new Iterator<>() {
      private final Deque<Row> pending = new ArrayDeque<>();
      private boolean done;
      private long results;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          if (reader.hasNext()) {
            expand(reader.next());
          } else {
            finish();
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.pollFirst();
      }

      private void expand(RowResult result) {
        results++;
        if (result instanceof RowResult.Quarantined q) {
          add(IngestOutcome.quarantined(q.row(), false));
          return;
        }
        RowResult.Accepted a = (RowResult.Accepted) result;
        add(IngestOutcome.rowAccepted(source.name()));
        for (PersonRecord r : a.records()) {
          pending.add(IngestOutcome.record(r, file.number(), a.line(), derivation));
        }
        for (FieldIssue i : a.issues()) {
          add(IngestOutcome.issue(i));
        }
        for (QuarantinedRow q : a.quarantinedParts()) {
          add(IngestOutcome.quarantined(q, true));
        }
      }

      /** An outcome other than a record, with no derived part when there is a derivation. */
      private void add(Row outcome) {
        pending.add(derivation == null ? outcome : IngestOutcome.withDerived(outcome, null));
      }

      private void finish() {
        done = true;
        try {
          in.drain();
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + path, e);
        }
        if (reader.rowsRead() != results) {
          throw new IllegalStateException(
              path
                  + ": the reader counted "
                  + reader.rowsRead()
                  + " rows but accounted for "
                  + results);
        }
        add(
            fileRow(
                path,
                in.bytes(),
                in.sha256(),
                reader.rowsRead(),
                reader.linesRead(),
                reader.fileProblem(),
                reader.warnings()));
      }
    };
  }

  private Row fileRow(
      String path,
      long bytes,
      String sha256,
      long rows,
      long lines,
      String problem,
      List<String> warnings) {
    Row row =
        IngestOutcome.file(source.name(), path, bytes, sha256, rows, lines, problem, warnings);
    return derivation == null ? row : IngestOutcome.withDerived(row, null);
  }

  /** Local paths without the {@code file:} scheme, as analysts wrote them. */
  static String displayPath(String uri) {
    URI u = URI.create(uri);
    return "file".equals(u.getScheme()) ? u.getPath() : new Path(u).toString();
  }
}
