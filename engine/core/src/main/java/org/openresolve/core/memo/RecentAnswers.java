package org.openresolve.core.memo;

import java.io.Serializable;
import java.util.function.Function;

/**
 * Recent answers of a pure function, per thread and bounded: a table of slots, each holding the
 * last key whose hash fell on it (a newer key takes the slot of an older one). Candidate pairs come
 * block by block, and a block of namesakes asks the same few questions again and again; an answer
 * here costs a slot read and the key's equality, a fresh one microseconds. Only for functions whose
 * answer depends on the key alone. For questions about two texts see {@link RecentTextPairs}.
 */
public final class RecentAnswers<K, V> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int slots;
  // Not shipped with the comparer: each task's threads start empty.
  private transient ThreadLocal<Object[]> tables;

  /**
   * @param slots the number of keys remembered per thread at most, a power of two
   */
  public RecentAnswers(int slots) {
    if (slots < 1 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a positive power of two, got " + slots);
    }
    this.slots = slots;
    this.tables = ThreadLocal.withInitial(this::table);
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    tables = ThreadLocal.withInitial(this::table);
  }

  // Keys at even indexes, their answers after them.
  private Object[] table() {
    return new Object[2 * slots];
  }

  @SuppressWarnings("unchecked")
  public V get(K key, Function<K, V> answer) {
    Object[] t = tables.get();
    int h = key.hashCode() * 0x9E3779B9;
    int at = 2 * ((h ^ (h >>> 16)) & (slots - 1));
    Object known = t[at];
    if (known != null && known.equals(key)) {
      return (V) t[at + 1];
    }
    V fresh = answer.apply(key);
    t[at] = key;
    t[at + 1] = fresh;
    return fresh;
  }
}
