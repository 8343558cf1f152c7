package org.openresolve.connectors;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one source file row by row. Bad data never throws: it becomes a {@link
 * RowResult.Quarantined} or a field issue. Only a failure to read the bytes at all (a disk error)
 * surfaces, as an {@link UncheckedIOException}.
 *
 * <p>The reader counts what it reads where it reads it, apart from what the rows become, so that
 * rows read = accepted + quarantined is a check a caller can make rather than a sum.
 */
public interface SourceReader extends Iterator<RowResult>, Closeable {
  /**
   * Rows read so far: non-blank lines, or for CSV the rows after the header; each yields one
   * result.
   */
  long rowsRead();

  /** Physical lines read so far, header and blank lines included. */
  long linesRead();

  /**
   * Why no row of the file can be read (a CSV header without a column the mapping reads), or null.
   * Known once the first row has been asked for.
   */
  String fileProblem();

  /** What the run should tell the user about the file (an optional column missing, no rows). */
  List<String> warnings();
}
