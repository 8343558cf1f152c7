package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/**
 * What to generate. The seed fixes every random choice, so one config always gives the same bytes.
 *
 * @param seed seed of the single random stream a run consumes
 * @param people number of distinct true persons (entities) to generate
 * @param difficulty how much noise and how many hard negatives the data holds
 * @param badRowRate share of rows made unreadable and, separately, of records given one bad value;
 *     0 for benchmarks
 */
public record GeneratorConfig(long seed, int people, Difficulty difficulty, double badRowRate) {
  public GeneratorConfig {
    requireNonNull(difficulty, "difficulty is null");
    if (people < 1) {
      throw new IllegalArgumentException("people must be at least 1: " + people);
    }
    if (!(badRowRate >= 0 && badRowRate <= 0.5)) {
      throw new IllegalArgumentException("badRowRate must be between 0 and 0.5: " + badRowRate);
    }
  }
}
