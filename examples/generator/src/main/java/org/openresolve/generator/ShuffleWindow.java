package org.openresolve.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases items in a random order within a bounded window, so a person's records do not sit next
 * to each other in a file (as they would not in a real export) while memory stays bounded.
 */
final class ShuffleWindow<T> {
  /** Receives released items. */
  interface Sink<T> {
    void accept(T item) throws IOException;
  }

  private final List<T> items;
  private final int capacity;
  private final Dice dice;
  private final Sink<T> sink;

  ShuffleWindow(int capacity, Dice dice, Sink<T> sink) {
    this.items = new ArrayList<>(capacity);
    this.capacity = capacity;
    this.dice = dice;
    this.sink = sink;
  }

  void add(T item) throws IOException {
    if (items.size() < capacity) {
      items.add(item);
      return;
    }
    int i = dice.below(capacity);
    T released = items.get(i);
    items.set(i, item);
    sink.accept(released);
  }

  void drain() throws IOException {
    while (!items.isEmpty()) {
      int i = dice.below(items.size());
      T released = items.get(i);
      items.set(i, items.get(items.size() - 1));
      items.remove(items.size() - 1);
      sink.accept(released);
    }
  }
}
