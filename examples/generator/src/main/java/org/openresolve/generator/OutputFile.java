package org.openresolve.generator;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 output file with LF line ends, counting what is written to it. */
final class OutputFile implements Closeable {
  private final OutputStream out;
  private long rows;
  private long records;
  private long badRows;
  private long badValues;

  OutputFile(Path path) throws IOException {
    this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  void header(String line) throws IOException {
    out.write(line.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  /** Writes one row; a CSV row may span lines inside quoted cells. */
  void row(String line) throws IOException {
    row(line.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes one row already encoded as UTF-8. */
  void row(byte[] line) throws IOException {
    out.write(line);
    out.write('\n');
    rows++;
  }

  void countRecords(long n) {
    records += n;
  }

  void countBadRow() {
    badRows++;
  }

  void countBadValue() {
    badValues++;
  }

  SourceFileCounts counts() {
    return new SourceFileCounts(rows, records, badRows, badValues);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
