package org.openresolve.core.memo;

import java.io.Serializable;

/**
 * Recent answers of a pure function of two texts and a number (a threshold, say), per thread and
 * bounded: a table of slots, each holding the last question whose hash fell on it. A block of
 * namesakes asks the same few questions again and again; an answer here costs one slot read and the
 * texts' equality, where a map would chase a node, a key object and its fields, and box the answer.
 * Only for functions whose answer depends on the question alone.
 */
public final class RecentTextPairs implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The function remembered. */
  @FunctionalInterface
  public interface Answer {
    double of(String a, String b, double tag);
  }

  private final int slots;
  // Not shipped with the comparer: each task's threads start empty.
  private transient ThreadLocal<Table> tables;

  /**
   * @param slots the number of questions remembered per thread at most, a power of two
   */
  public RecentTextPairs(int slots) {
    if (slots < 1 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a positive power of two, got " + slots);
    }
    this.slots = slots;
    this.tables = ThreadLocal.withInitial(() -> new Table(slots));
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    tables = ThreadLocal.withInitial(() -> new Table(slots));
  }

  /** The answer for {@code (a, b, tag)}, computed only when this thread does not remember it. */
  public double get(String a, String b, double tag, Answer answer) {
    Table t = tables.get();
    long h =
        (a.hashCode() * 0x9E3779B97F4A7C15L + b.hashCode()) * 0xC2B2AE3D27D4EB4FL
            + Double.doubleToLongBits(tag);
    int slot = (int) (h ^ (h >>> 32) ^ (h >>> 47)) & (slots - 1);
    String left = t.lefts[slot];
    if (left != null && t.tags[slot] == tag && left.equals(a) && t.rights[slot].equals(b)) {
      return t.answers[slot];
    }
    double fresh = answer.of(a, b, tag);
    t.lefts[slot] = a;
    t.rights[slot] = b;
    t.tags[slot] = tag;
    t.answers[slot] = fresh;
    return fresh;
  }

  private static final class Table {
    final String[] lefts;
    final String[] rights;
    final double[] tags;
    final double[] answers;

    Table(int slots) {
      lefts = new String[slots];
      rights = new String[slots];
      tags = new double[slots];
      answers = new double[slots];
    }
  }
}
