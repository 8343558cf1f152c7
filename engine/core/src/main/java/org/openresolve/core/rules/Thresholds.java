package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * Decision thresholds on the match probability: at or above {@code matchProbability} a pair links;
 * from {@code reviewProbability} up to it, the pair goes to an analyst and is never merged
 * automatically ({@code org.openresolve.core.pipeline.PairDecider} decides). With {@code
 * beyond_names}, a link also needs agreement beyond names ({@link BeyondNames}); without it, names
 * alone may link.
 */
public record Thresholds(Double matchProbability, Double reviewProbability, BeyondNames beyondNames)
    implements Serializable {
  public Thresholds(Double matchProbability, Double reviewProbability) {
    this(matchProbability, reviewProbability, null);
  }

  public Thresholds {
    requireProbability("match_probability", Required.key(matchProbability, "match_probability"));
    requireProbability("review_probability", Required.key(reviewProbability, "review_probability"));
    if (reviewProbability >= matchProbability) {
      throw new IllegalArgumentException(
          "review_probability "
              + reviewProbability
              + " must be below match_probability "
              + matchProbability);
    }
  }

  static double requireProbability(String key, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(key + " must be in (0, 1], got " + value);
    }
    return value;
  }
}
