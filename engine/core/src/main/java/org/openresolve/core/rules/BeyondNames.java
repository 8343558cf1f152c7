package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;

/**
 * What a link needs besides names: agreement on at least one of {@code comparisons} weighing at
 * least {@code minWeight} bits. Names alone, however rare in the data, do not tell namesakes apart:
 * two "Maria Kowalska" records with no birth date, document, contact or address in common are two
 * records an analyst must look at, not one person. A pair that scores a link on names alone goes to
 * review instead ({@code org.openresolve.core.pipeline.PairDecider}).
 *
 * @param comparisons ids of the comparisons whose agreement corroborates a name, checked against
 *     the rule file's comparisons
 * @param minWeight the least partial weight, in bits, that counts as agreement
 */
public record BeyondNames(List<String> comparisons, Double minWeight) implements Serializable {
  public BeyondNames {
    comparisons = List.copyOf(Required.key(comparisons, "comparisons"));
    if (comparisons.isEmpty()) {
      throw new IllegalArgumentException("comparisons must name at least one comparison");
    }
    minWeight = minWeight == null ? 1.0 : minWeight;
    if (!(minWeight > 0) || minWeight.isInfinite()) {
      throw new IllegalArgumentException(
          "min_weight must be a positive number of bits, got " + minWeight);
    }
  }

  /**
   * Whether a pair whose partial weight per comparison id is {@code partialWeightOf} has agreement
   * beyond names.
   */
  public boolean metBy(java.util.function.ToDoubleFunction<String> partialWeightOf) {
    for (String c : comparisons) {
      if (partialWeightOf.applyAsDouble(c) >= minWeight) {
        return true;
      }
    }
    return false;
  }
}
