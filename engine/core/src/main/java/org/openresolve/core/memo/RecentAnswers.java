package org.openresolve.core.memo;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Recent answers of a pure function, per thread and bounded (forgotten all at once when full).
 * Candidate pairs come block by block, and a block of namesakes asks the same few questions again
 * and again; an answer here costs a lookup, a fresh one microseconds. Only for functions whose
 * answer depends on the key alone.
 */
public final class RecentAnswers<K, V> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int capacity;
  // Not shipped with the comparer: each task's threads start empty.
  private transient ThreadLocal<Map<K, V>> recent;

  public RecentAnswers(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
    this.recent = ThreadLocal.withInitial(HashMap::new);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    recent = ThreadLocal.withInitial(HashMap::new);
  }

  public V get(K key, Function<K, V> answer) {
    Map<K, V> seen = recent.get();
    V known = seen.get(key);
    if (known != null) {
      return known;
    }
    V fresh = answer.apply(key);
    if (seen.size() >= capacity) {
      seen.clear();
    }
    seen.put(key, fresh);
    return fresh;
  }
}
