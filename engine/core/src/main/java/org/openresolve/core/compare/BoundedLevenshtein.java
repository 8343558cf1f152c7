package org.openresolve.core.compare;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * One bounded Levenshtein distance per LEVENSHTEIN level of a comparison, null for its other
 * levels: the bound lets the distance stop early on distant values. Commons Text's distance is not
 * Serializable, so comparators rebuild these after they are shipped to a task.
 */
final class BoundedLevenshtein {
  private BoundedLevenshtein() {}

  static LevenshteinDistance[] perLevel(List<ComparisonLevel> levels) {
    LevenshteinDistance[] out = new LevenshteinDistance[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i) instanceof ComparisonLevel.Levenshtein l) {
        out[i] = new LevenshteinDistance(l.maxDistance());
      }
    }
    return out;
  }
}
