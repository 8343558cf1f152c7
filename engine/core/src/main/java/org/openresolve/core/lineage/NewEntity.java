package org.openresolve.core.lineage;

import static java.util.Objects.requireNonNull;

/**
 * An entity of the new run as resolution formed it.
 *
 * @param derivedId its id derived from its smallest record key, as without an earlier run
 * @param rootKey that smallest record key ({@code source:record_id})
 * @param derivedIdWasUsed whether the earlier run used {@code derivedId} for an entity: then the id
 *     may only be carried by the entity that keeps it, never reused with a new meaning
 */
public record NewEntity(String derivedId, String rootKey, boolean derivedIdWasUsed) {
  public NewEntity {
    requireNonNull(derivedId, "derivedId is null");
    requireNonNull(rootKey, "rootKey is null");
  }
}
