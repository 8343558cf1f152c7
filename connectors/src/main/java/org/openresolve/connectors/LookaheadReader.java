package org.openresolve.connectors;

import java.util.NoSuchElementException;

/**
 * A {@link SourceReader} that reads one row ahead, so {@code hasNext} can say whether one is left.
 */
abstract class LookaheadReader implements SourceReader {
  private RowResult next;

  /** The next row's result, or null at the end of the file. */
  abstract RowResult readRow();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = readRow();
    }
    return next != null;
  }

  @Override
  public final RowResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RowResult r = next;
    next = null;
    return r;
  }
}
