package org.openresolve.core.scoring;

import java.util.List;

/**
 * The score of one pair.
 *
 * @param matchWeight log2 of the posterior odds: the prior's weight plus every partial weight
 * @param probability the match probability, 2^w / (1 + 2^w)
 * @param partialWeights per comparison, log2(m/u) of the pair's level (0 when missing)
 */
public record PairScore(double matchWeight, double probability, List<Double> partialWeights) {
  public PairScore {
    partialWeights = List.copyOf(partialWeights);
  }
}
