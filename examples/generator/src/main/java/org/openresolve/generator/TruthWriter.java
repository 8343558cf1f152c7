package org.openresolve.generator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code truth.csv}: {@code source,record_id,entity}, one row per readable record. */
final class TruthWriter implements Closeable {
  private final OutputFile out;

  TruthWriter(Path path) throws IOException {
    this.out = new OutputFile(path);
    out.header("source,record_id,entity");
  }

  void record(Source source, String recordId, String entity) throws IOException {
    out.row(CsvFormat.row(List.of(source.truthName(), recordId, entity)));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
