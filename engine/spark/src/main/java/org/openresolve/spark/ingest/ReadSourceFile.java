package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantinedRow;
import scala.Tuple2;

/**
 * Runs a connector over one whole file inside a Spark task, streaming: rows are parsed as the
 * iterator is consumed, never held for the whole file. The file's size and sha256 come last.
 */
final class ReadSourceFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private final SourceInput source;
  private final Instant readAt;
  private final int maxRowBytes;
  private final RecordDerivation derivation;

  /** @param derivation what to derive from each record beside it, or null for nothing */
  ReadSourceFile(SourceInput source, Instant readAt, int maxRowBytes, RecordDerivation derivation) {
    this.source = requireNonNull(source, "source is null");
    this.readAt = requireNonNull(readAt, "readAt is null");
    this.maxRowBytes = maxRowBytes;
    this.derivation = derivation;
  }

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
    String path = displayPath(file._1());
    HashingInputStream in = new HashingInputStream(file._2().open());
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
        if (result instanceof RowResult.Quarantined q) {
          add(IngestOutcome.quarantined(q.row(), false));
          return;
        }
        RowResult.Accepted a = (RowResult.Accepted) result;
        add(IngestOutcome.rowAccepted(source.name()));
        for (PersonRecord r : a.records()) {
          pending.add(IngestOutcome.record(r, derivation));
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
        add(IngestOutcome.file(source.name(), path, in.bytes(), in.sha256()));
      }
    };
  }

  /** Local paths without the {@code file:} scheme, as analysts wrote them. */
  static String displayPath(String uri) {
    return uri.startsWith("file:") ? uri.substring("file:".length()).replaceFirst("^//", "") : uri;
  }
}
