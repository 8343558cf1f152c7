package org.openresolve.core.evaluate;

import static java.util.Objects.requireNonNull;

import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PairReach;

/**
 * What a run made of a pair of records that the truth puts in one entity: found (in one predicted
 * entity), or where it was lost, at the first step that lost it: blocking never gave the two a
 * common key, gave them only keys of skipped oversize blocks, or {@code skip_when} left them
 * uncompared; compared and scored below review; in the review band; linked, then refused by a
 * guard; or linked yet apart, which a run should never produce.
 */
public enum TruePairFate {
  FOUND,
  NOT_BLOCKED,
  ONLY_IN_OVERSIZE_BLOCKS,
  SKIPPED_BY_CONDITION,
  SCORED_BELOW_REVIEW,
  IN_REVIEW,
  REFUSED_BY_GUARD,
  LINKED_YET_APART;

  /**
   * @param sameEntity whether the run put both records in one entity
   * @param decision the pair's decision in the run's tables ({@code merges/}, {@code review/},
   *     {@code refused/}), or {@link PairDecision#NONE} when none holds it
   * @param reach what blocking made of the pair, recomputed with the run's rules and oversize keys
   */
  public static TruePairFate of(boolean sameEntity, PairDecision decision, PairReach reach) {
    requireNonNull(decision, "decision is null");
    requireNonNull(reach, "reach is null");
    if (sameEntity) {
      return FOUND;
    }
    return switch (decision) {
      case REFUSED -> REFUSED_BY_GUARD;
      case REVIEW -> IN_REVIEW;
      case LINK -> LINKED_YET_APART;
      case NONE -> {
        if (reach.sharedKeys().isEmpty()) {
          yield NOT_BLOCKED;
        }
        if (reach.pairedRules() == 0) {
          yield ONLY_IN_OVERSIZE_BLOCKS;
        }
        yield reach.skipped() ? SKIPPED_BY_CONDITION : SCORED_BELOW_REVIEW;
      }
    };
  }
}
