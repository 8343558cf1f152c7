package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.openresolve.core.pipeline.BlockStats;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.WeightHistogram;
import org.openresolve.model.Judgement;

/**
 * What resolution produced. {@code scoredPairs} holds every compared candidate pair with its score
 * and decision (LINK, REVIEW, REFUSED, NONE); {@code membership} maps each record to its entity.
 *
 * @param termCounts records holding each name value, for term-frequency adjusted comparisons
 * @param refusedLinks links refused because a guard or a DIFFERENT judgement forbids the merge
 * @param unknownJudgements judgements naming a record this run does not hold (reported, not fatal)
 * @param trained whether the model was trained in this run (else loaded)
 * @param entitySizes number of entities per member count
 * @param weights the match weight of every candidate pair scored
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
    long refusedLinks,
    List<Judgement> unknownJudgements,
    long entities,
    Map<Long, Long> entitySizes,
    int clusteringRounds,
    Map<String, Long> timingsMillis,
    Map<String, Long> termCounts,
    WeightHistogram weights) {
  public ResolveResult {
    requireNonNull(scoredPairs, "scoredPairs is null");
    requireNonNull(membership, "membership is null");
    requireNonNull(model, "model is null");
    unknownJudgements = List.copyOf(unknownJudgements);
    // Smallest size first, whatever map was given: the manifest and the console list them so.
    entitySizes = Collections.unmodifiableMap(new TreeMap<>(entitySizes));
    // Stage order is the run's order.
    timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
    termCounts = Map.copyOf(termCounts);
    requireNonNull(weights, "weights is null");
  }

  /**
   * The same result with another membership, e.g. with entity ids carried over from an earlier run.
   */
  public ResolveResult withMembership(Dataset<Row> membership) {
    return new ResolveResult(
        scoredPairs,
        membership,
        model,
        trained,
        blocks,
        records,
        candidatePairs,
        links,
        reviewPairs,
        refusedLinks,
        unknownJudgements,
        entities,
        entitySizes,
        clusteringRounds,
        timingsMillis,
        termCounts,
        weights);
  }

  /** Drops the cached scored pairs and membership once the tables are written. */
  public void release() {
    scoredPairs.unpersist();
    membership.unpersist();
  }
}
