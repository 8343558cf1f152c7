package org.openresolve.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The score of one pair.
 *
 * @param matchWeight log2 of the posterior odds: the prior's weight plus every partial weight
 * @param probability the match probability, 2^w / (1 + 2^w)
 * @param partialWeights per comparison, log2(m/u) of the pair's level (0 when missing)
 * @param notes per comparison, why its weight was reduced from the model's (a value many people
 *     share), or null
 */
public record PairScore(
    double matchWeight, double probability, List<Double> partialWeights, List<String> notes) {
  public PairScore(double matchWeight, double probability, List<Double> partialWeights) {
    this(
        matchWeight, probability, partialWeights, Collections.nCopies(partialWeights.size(), null));
  }

  public PairScore {
    partialWeights = List.copyOf(partialWeights);
    if (notes.size() != partialWeights.size()) {
      throw new IllegalArgumentException(
          notes.size() + " notes for " + partialWeights.size() + " comparisons");
    }
    // Mostly nulls, which List.copyOf refuses.
    notes = Collections.unmodifiableList(new ArrayList<>(notes));
  }
}
