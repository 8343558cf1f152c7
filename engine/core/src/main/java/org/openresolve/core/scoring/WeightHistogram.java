package org.openresolve.core.scoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many compared pairs scored each match weight, in bins one unit (one bit of evidence) wide:
 * bin {@code b} holds the weights in {@code [b, b + 1)}. Only the bins that hold a pair are kept,
 * so it is small whatever the number of pairs, and two histograms of parts of the pairs merge into
 * the histogram of all of them, in any order.
 */
public final class WeightHistogram implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Weights beyond these are counted at the edge: a bin per bit up to infinity would never end. */
  static final int LOWEST_BIN = -200;

  static final int HIGHEST_BIN = 200;

  private final TreeMap<Integer, Long> counts = new TreeMap<>();

  /** A bin and the pairs in it: weights from {@code lower} (included) to {@code lower + 1}. */
  public record Bin(int lower, long pairs) {
    public Bin {
      if (pairs < 0) {
        throw new IllegalArgumentException("pairs is negative: " + pairs);
      }
    }
  }

  /** Counts one pair's weight. */
  public WeightHistogram add(double matchWeight) {
    if (Double.isNaN(matchWeight)) {
      throw new IllegalArgumentException("match weight is NaN");
    }
    int bin = (int) Math.max(LOWEST_BIN, Math.min(HIGHEST_BIN, Math.floor(matchWeight)));
    counts.merge(bin, 1L, Long::sum);
    return this;
  }

  /** Adds another histogram's counts to this one. */
  public WeightHistogram merge(WeightHistogram other) {
    other.counts.forEach((bin, n) -> counts.merge(bin, n, Long::sum));
    return this;
  }

  /** The histogram of {@link #bins} written elsewhere (the manifest keeps it). */
  public static WeightHistogram of(Map<Integer, Long> pairsByLowerBound) {
    WeightHistogram h = new WeightHistogram();
    pairsByLowerBound.forEach((bin, n) -> h.counts.merge(new Bin(bin, n).lower(), n, Long::sum));
    return h;
  }

  /** Every bin from the lowest to the highest that holds a pair, empty ones between included. */
  public List<Bin> bins() {
    List<Bin> out = new ArrayList<>();
    if (counts.isEmpty()) {
      return out;
    }
    for (int b = counts.firstKey(); b <= counts.lastKey(); b++) {
      out.add(new Bin(b, counts.getOrDefault(b, 0L)));
    }
    return out;
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /** The bins that hold a pair, by lower bound. */
  public Map<Integer, Long> nonEmpty() {
    return new TreeMap<>(counts);
  }

  /** The weight at which the match probability is {@code probability}: log2(p / (1 - p)). */
  public static double weightOf(double probability) {
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1], got " + probability);
    }
    return probability == 1
        ? Double.POSITIVE_INFINITY
        : Math.log(probability / (1 - probability)) / Math.log(2);
  }
}
