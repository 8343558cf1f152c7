package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.openresolve.core.scoring.ModelParameters;

/**
 * What resolution produced. {@code scoredPairs} holds every compared candidate pair with its score
 * and decision (LINK, REVIEW, NONE); {@code membership} maps each record to its entity.
 *
 * @param trained whether the model was trained in this run (else loaded)
 * @param entitySizes number of entities per member count
 */
public record ResolveResult(
    Dataset<Row> scoredPairs,
    Dataset<Row> membership,
    ModelParameters model,
    boolean trained,
    BlockStats blocks,
    long records,
    long candidatePairs,
    long links,
    long reviewPairs,
    long entities,
    Map<Long, Long> entitySizes,
    int clusteringRounds,
    Map<String, Long> timingsMillis) {
  public ResolveResult {
    requireNonNull(scoredPairs, "scoredPairs is null");
    requireNonNull(membership, "membership is null");
    requireNonNull(model, "model is null");
    entitySizes = Map.copyOf(entitySizes);
    // Stage order is the run's order.
    timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
  }

  /** Drops the cached scored pairs and membership once the tables are written. */
  public void release() {
    scoredPairs.unpersist();
    membership.unpersist();
  }
}
