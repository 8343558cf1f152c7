package org.openresolve.generator;

/** The last ids of readable rows, which duplicate-id rows reuse. */
final class RecentIds {
  private final String[] ring = new String[64];
  private int size;
  private int next;

  void add(String id) {
    ring[next] = id;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
  }

  boolean isEmpty() {
    return size == 0;
  }

  String pick(Dice dice) {
    return ring[dice.below(size)];
  }
}
