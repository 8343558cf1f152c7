package org.openresolve.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.WeightHistogram;

/**
 * Everything the report shows about one resolve run, read from its output directory.
 *
 * @param outputDirectory the directory as the {@code er explain} commands should name it
 * @param blocking per blocking rule, in the rule file's order
 * @param pairsSkippedByCondition pairs a rule's {@code skip_when} left uncompared
 * @param histogram match weights of the compared pairs, or null when the run did not record them
 * @param entitySizes entities per member count
 * @param overlap entities per combination of sources (each key sorted), from which the pairwise
 *     overlap is drawn
 * @param largest the largest entities, largest first
 * @param flagged entities carrying a review flag
 * @param review the review pairs of highest priority, highest first
 * @param evaluation null when the run was not scored against a truth file
 */
public record RunReport(
    String runId,
    String finishedAt,
    String outputDirectory,
    Totals totals,
    List<SourceRows> sources,
    List<BlockingRule> blocking,
    long pairsSkippedByCondition,
    WeightHistogram histogram,
    Thresholds thresholds,
    ModelParameters model,
    Map<Long, Long> entitySizes,
    Map<List<String>, Long> overlap,
    List<Entity> largest,
    List<Entity> flagged,
    List<ReviewPair> review,
    Evaluation evaluation) {
  public RunReport {
    requireNonNull(runId, "runId is null");
    requireNonNull(outputDirectory, "outputDirectory is null");
    requireNonNull(totals, "totals is null");
    requireNonNull(thresholds, "thresholds is null");
    requireNonNull(model, "model is null");
    sources = List.copyOf(sources);
    blocking = List.copyOf(blocking);
    entitySizes = new TreeMap<>(entitySizes);
    overlap = Map.copyOf(overlap);
    largest = List.copyOf(largest);
    flagged = List.copyOf(flagged);
    review = List.copyOf(review);
  }

  public SortedMap<Long, Long> sortedEntitySizes() {
    return new TreeMap<>(entitySizes);
  }

  public record Totals(
      long records,
      long candidatePairs,
      long links,
      long reviewPairs,
      long refusedLinks,
      long entities) {}

  /**
   * One source's rows: read = accepted + quarantined; field issues are bad values inside kept
   * records.
   */
  public record SourceRows(
      String source,
      String kind,
      long rowsRead,
      long rowsAccepted,
      long recordsAccepted,
      Map<String, Long> quarantinedByReason,
      Map<String, Long> fieldIssuesByReason) {
    public SourceRows {
      requireNonNull(source, "source is null");
      quarantinedByReason = new TreeMap<>(quarantinedByReason);
      fieldIssuesByReason = new TreeMap<>(fieldIssuesByReason);
    }

    public long rowsQuarantined() {
      return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * @param pairs pairs its blocks yielded (a pair several rules reach counts under each)
   * @param oversizeBlocks blocks skipped for holding more than {@code maxBlockSize} records
   */
  public record BlockingRule(
      String rule,
      long blocks,
      long largestBlock,
      long pairs,
      long oversizeBlocks,
      long maxBlockSize) {
    public BlockingRule {
      requireNonNull(rule, "rule is null");
    }
  }

  /** The decision thresholds, on the match probability. */
  public record Thresholds(double link, double review) {}

  /**
   * An entity as a table row: the forms its records most often write, and what to run to see why it
   * formed.
   */
  public record Entity(
      String entityId,
      String displayName,
      String displayBirthDate,
      long members,
      List<String> sources,
      List<String> flags) {
    public Entity {
      requireNonNull(entityId, "entityId is null");
      sources = List.copyOf(sources);
      flags = List.copyOf(flags);
    }
  }

  /** A pair in review with its priority ({@link org.openresolve.core.pipeline.ReviewPriority}). */
  public record ReviewPair(
      String sourceL,
      String recordIdL,
      String entityIdL,
      String sourceR,
      String recordIdR,
      String entityIdR,
      double matchWeight,
      double probability,
      boolean uncorroborated,
      double priority) {
    public ReviewPair {
      requireNonNull(sourceL, "sourceL is null");
      requireNonNull(recordIdL, "recordIdL is null");
      requireNonNull(sourceR, "sourceR is null");
      requireNonNull(recordIdR, "recordIdR is null");
    }
  }

  /** Pairwise and B-cubed figures against a truth file (evaluation.json). */
  public record Evaluation(
      String truth,
      long recordsEvaluated,
      long truePairs,
      long predictedPairs,
      long correctPairs,
      Scores pairwise,
      Scores bcubed) {
    public Evaluation {
      requireNonNull(pairwise, "pairwise is null");
      requireNonNull(bcubed, "bcubed is null");
    }
  }

  public record Scores(double precision, double recall, double f1) {}
}
