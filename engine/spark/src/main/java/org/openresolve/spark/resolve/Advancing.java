package org.openresolve.spark.resolve;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator whose elements come one at a time from {@link #advance}, null at the end: for the
 * partition functions that skip or expand rows lazily, never holding a partition's output at once.
 */
abstract class Advancing<T> implements Iterator<T> {
  private T next;
  private boolean started;

  /** The next element, or null when there are no more. */
  protected abstract T advance();

  @Override
  public final boolean hasNext() {
    if (!started) {
      next = advance();
      started = true;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T r = next;
    next = advance();
    return r;
  }
}
