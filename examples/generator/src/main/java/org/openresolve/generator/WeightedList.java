package org.openresolve.generator;

import java.util.Arrays;
import java.util.List;

/** Items drawn in proportion to their weights, so common names recur across unrelated people. */
final class WeightedList<T> {
  private final List<T> items;
  private final double[] weights;
  private final double[] cumulative;

  WeightedList(List<T> items, List<Double> weights) {
    if (items.isEmpty() || items.size() != weights.size()) {
      throw new IllegalArgumentException(
          "need as many weights as items, and at least one: "
              + items.size()
              + " items, "
              + weights.size()
              + " weights");
    }
    this.items = List.copyOf(items);
    this.weights = new double[weights.size()];
    this.cumulative = new double[weights.size()];
    double total = 0;
    for (int i = 0; i < weights.size(); i++) {
      double w = weights.get(i);
      if (!(w > 0)) {
        throw new IllegalArgumentException(
            "weight must be positive: " + w + " for " + items.get(i));
      }
      this.weights[i] = w;
      total += w;
      cumulative[i] = total;
    }
  }

  T pick(Dice dice) {
    double target = dice.unit() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    int index = found >= 0 ? found + 1 : -found - 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  /**
   * The same items with every weight raised to {@code exponent}: above 1 favours the common ones.
   */
  WeightedList<T> sharpened(double exponent) {
    return new WeightedList<>(
        items, Arrays.stream(weights).map(w -> Math.pow(w, exponent)).boxed().toList());
  }

  List<T> items() {
    return items;
  }
}
