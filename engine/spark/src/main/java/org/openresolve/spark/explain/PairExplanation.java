package org.openresolve.spark.explain;

import java.util.List;

/**
 * Why two records are or are not in one entity.
 *
 * @param outcome the short answer
 * @param entityLeft entity of the first record
 * @param entityRight entity of the second record
 * @param sharedBlockingKeys blocking keys the two share (rule id first); empty means no rule
 *     brought them together
 * @param evidence the pair's score and evidence, when they were compared; null otherwise
 * @param detail a sentence for the analyst
 */
public record PairExplanation(
    String left,
    String right,
    Outcome outcome,
    String entityLeft,
    String entityRight,
    List<String> sharedBlockingKeys,
    LinkEvidence evidence,
    String detail) {
  public PairExplanation {
    sharedBlockingKeys = List.copyOf(sharedBlockingKeys);
  }

  /** The short answer. */
  public enum Outcome {
    /** Compared and linked directly. */
    LINKED,
    /** In one entity through other links, not directly. */
    SAME_ENTITY_THROUGH_OTHER_LINKS,
    /** Compared, scored in the review band: for an analyst, never merged automatically. */
    IN_REVIEW,
    /** Compared and scored below the review threshold. */
    SCORED_BELOW_REVIEW,
    /** No blocking rule gave them a common key, so they were never compared. */
    NOT_BLOCKED_TOGETHER,
    /** Every rule that paired them skips such pairs (skip_when): never compared. */
    SKIPPED_BY_CONDITION,
    /** Every key they share was a block too large to compare, skipped and reported. */
    ONLY_IN_OVERSIZE_BLOCKS,
    /** They are in one entity's candidate links but a guard or judgement keeps them apart. */
    KEPT_APART
  }
}
