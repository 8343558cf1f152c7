package org.openresolve.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one random stream of a run. Every choice is drawn from it in a fixed order, so a seed
 * reproduces the output byte for byte.
 */
final class Dice {
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALPHANUMERIC = LETTERS + "0123456789";
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Uniform in [0, bound). */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [low, high], both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  double unit() {
    return random.nextDouble();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * Text following a pattern: {@code #} a digit, {@code ?} an upper-case letter, {@code *} a letter
   * or digit, {@code [abc]} one of the listed characters; anything else is copied.
   */
  String pattern(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '#' -> out.append((char) ('0' + random.nextInt(10)));
        case '?' -> out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        case '*' -> out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        case '[' -> {
          int end = pattern.indexOf(']', i);
          if (end < 0) {
            throw new IllegalArgumentException("unclosed [ in pattern '" + pattern + "'");
          }
          out.append(pattern.charAt(i + 1 + random.nextInt(end - i - 1)));
          i = end;
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
