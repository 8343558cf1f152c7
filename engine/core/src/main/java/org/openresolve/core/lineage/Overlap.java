package org.openresolve.core.lineage;

import static java.util.Objects.requireNonNull;

/**
 * How many records a previous entity and a new entity have in common.
 *
 * @param entityId the new entity by its id as derived in this run (before any id is carried over)
 */
public record Overlap(String previousId, String entityId, long shared) {
  public Overlap {
    requireNonNull(previousId, "previousId is null");
    requireNonNull(entityId, "entityId is null");
    if (shared < 1) {
      throw new IllegalArgumentException("an overlap shares at least one record, not " + shared);
    }
  }
}
