package org.openresolve.core.lineage;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code lineage/}: what became of a previous entity in a new entity.
 *
 * @param previousId null for {@link Kind#NEW}
 * @param entityId the new entity's final id; null for {@link Kind#RETIRED}
 */
public record LineageEvent(String previousId, String entityId, Kind kind, long recordsShared) {
  public LineageEvent {
    requireNonNull(kind, "kind is null");
    if ((previousId == null) != (kind == Kind.NEW)
        || (entityId == null) != (kind == Kind.RETIRED)) {
      throw new IllegalArgumentException(
          kind + " with previous id " + previousId + " and entity id " + entityId);
    }
  }

  public enum Kind {
    /** The new entity carries the previous entity's id. */
    KEPT,
    /** Most of the previous entity went into a new entity that carries another id. */
    MERGED,
    /** Part of the previous entity went into a new entity that does not carry its id. */
    SPLIT,
    /** The new entity holds no record of any previous entity. */
    NEW,
    /** None of the previous entity's records is in the new run. */
    RETIRED
  }
}
