package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How the Fellegi-Sunter model is trained.
 *
 * @param randomPairs how many random record pairs to compare for the u probabilities
 * @param emMaxIterations upper bound on expectation-maximisation rounds for the m probabilities
 * @param emTolerance training stops once no probability moves by more than this
 * @param probabilityTwoRandomRecordsMatch {@code estimate}, or a fixed probability
 * @param overrides fixed m/u values; may be absent
 * @param fullNameTermFrequency whether agreement on given and family name together is weighed by
 *     how many records hold that full name, on top of each name's own frequency; may be absent
 * @param learnedPairs how many confident pairs seen beforehand the m EM learned counts as when a
 *     level marked {@code m_from: confident_pairs} gives no m of its own; may be absent (100)
 */
public record ModelSettings(
    Integer randomPairs,
    Integer emMaxIterations,
    Double emTolerance,
    String probabilityTwoRandomRecordsMatch,
    List<ParameterOverride> overrides,
    Boolean fullNameTermFrequency,
    Double learnedPairs)
    implements Serializable {
  static final String ESTIMATE = "estimate";
  private static final double DEFAULT_LEARNED_PAIRS = 100;

  public ModelSettings {
    if (Required.key(randomPairs, "random_pairs") < 1000) {
      throw new IllegalArgumentException("random_pairs must be at least 1000, got " + randomPairs);
    }
    if (Required.key(emMaxIterations, "em_max_iterations") < 1) {
      throw new IllegalArgumentException(
          "em_max_iterations must be at least 1, got " + emMaxIterations);
    }
    if (!(Required.key(emTolerance, "em_tolerance") > 0 && emTolerance < 0.1)) {
      throw new IllegalArgumentException("em_tolerance must be in (0, 0.1), got " + emTolerance);
    }
    String prior =
        Required.text(probabilityTwoRandomRecordsMatch, "probability_two_random_records_match");
    if (!prior.toLowerCase(Locale.ROOT).equals(ESTIMATE)) {
      double p;
      try {
        p = Double.parseDouble(prior);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "probability_two_random_records_match must be 'estimate' or a number, got '"
                + prior
                + "'",
            e);
      }
      if (!(p > 0 && p < 1)) {
        throw new IllegalArgumentException(
            "probability_two_random_records_match must be in (0, 1), got " + prior);
      }
    }
    probabilityTwoRandomRecordsMatch = prior.toLowerCase(Locale.ROOT);
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
    fullNameTermFrequency = fullNameTermFrequency != null && fullNameTermFrequency;
    if (learnedPairs == null) {
      learnedPairs = DEFAULT_LEARNED_PAIRS;
    } else if (!(learnedPairs >= 1)) {
      throw new IllegalArgumentException("learned_pairs must be at least 1, got " + learnedPairs);
    }
  }

  /** The fixed prior, or empty when it is to be estimated from the data. */
  public OptionalDouble fixedPrior() {
    return probabilityTwoRandomRecordsMatch.equals(ESTIMATE)
        ? OptionalDouble.empty()
        : OptionalDouble.of(Double.parseDouble(probabilityTwoRandomRecordsMatch));
  }
}
