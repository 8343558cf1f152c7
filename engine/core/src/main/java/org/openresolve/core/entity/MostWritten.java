package org.openresolve.core.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The form of a value that an entity's records write most often, for display: an analyst reads
 * "Hamid SIDDIQUI" where matching compares {@code h siddiqui}. Ties go to the longer form (a full
 * date over a year, a full given name over an initial), then to the first in {@link
 * CodePointOrder}, so the choice never depends on the order the statements arrive in.
 */
public final class MostWritten {
  private static final Comparator<Map.Entry<String, Integer>> BEST_FIRST =
      Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
          .reversed()
          .thenComparing(
              e -> e.getKey().codePointCount(0, e.getKey().length()), Comparator.reverseOrder())
          .thenComparing(Map.Entry::getKey, CodePointOrder.INSTANCE);

  private final Map<String, Integer> counts = new HashMap<>();

  /** One record's statement of the value, as written; blank or null says nothing. */
  public MostWritten add(String asWritten) {
    if (asWritten != null && !asWritten.isBlank()) {
      counts.merge(asWritten.strip(), 1, Integer::sum);
    }
    return this;
  }

  /** The chosen form, or null when no record wrote one. */
  public String choice() {
    return counts.entrySet().stream().min(BEST_FIRST).map(Map.Entry::getKey).orElse(null);
  }
}
