package org.openresolve.generator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which rows (or records) of a file get a deliberate fault. With a positive rate every kind
 * is first delivered once at fixed early positions, so that even a small sample holds each kind;
 * after that each row is faulty with the given probability. Kinds listed as once-only (the oversize
 * row) never recur. With rate 0 nothing is ever faulty.
 */
final class FaultSchedule<T> {
  private final int first;
  private final int spacing;
  private final List<T> repeatable;
  private final Deque<T> owed;
  private final Set<T> delivered = new LinkedHashSet<>();
  private final double rate;
  private final Dice dice;
  private long index;

  FaultSchedule(List<T> kinds, List<T> onceOnly, double rate, int first, int spacing, Dice dice) {
    this.first = first;
    this.spacing = spacing;
    this.repeatable = new ArrayList<>(kinds);
    this.repeatable.removeAll(onceOnly);
    this.owed = rate > 0 ? new ArrayDeque<>(kinds) : new ArrayDeque<>();
    this.rate = rate;
    this.dice = dice;
  }

  /** The fault of the next row, or null for a clean one. */
  T next() {
    long i = index++;
    if (!owed.isEmpty() && i >= first && (i - first) % spacing == 0) {
      return owed.poll();
    }
    if (rate > 0 && dice.chance(rate) && !repeatable.isEmpty()) {
      return dice.pick(repeatable);
    }
    return null;
  }

  /** The fault reached the output. */
  void delivered(T kind) {
    delivered.add(kind);
  }

  /**
   * The fault could not be applied (its row was spared); owe it again if it never reached the
   * output.
   */
  void lost(T kind) {
    if (!delivered.contains(kind) && !owed.contains(kind)) {
      owed.addFirst(kind);
    }
  }
}
