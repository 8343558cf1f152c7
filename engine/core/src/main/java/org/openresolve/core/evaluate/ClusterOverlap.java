package org.openresolve.core.evaluate;

/**
 * One cell of the contingency table between predicted entities and true entities: {@code shared}
 * records are in predicted entity i (of {@code predictedSize} evaluated records) and in true entity
 * j (of {@code trueSize}).
 */
public record ClusterOverlap(long shared, long predictedSize, long trueSize) {
  public ClusterOverlap {
    if (shared < 1 || predictedSize < shared || trueSize < shared) {
      throw new IllegalArgumentException(
          "inconsistent overlap: shared "
              + shared
              + ", predicted "
              + predictedSize
              + ", true "
              + trueSize);
    }
  }
}
