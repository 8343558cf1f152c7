package org.openresolve.core.pipeline;

/**
 * The order in which an analyst should take the pairs in review: the expected number of true
 * record-pair links a decision on the pair would settle,
 *
 * <pre>priority = p × a × b</pre>
 *
 * where {@code p} is the pair's match probability and {@code a} and {@code b} the member counts of
 * the two entities it would join. Nothing in review is merged, so if the pair is one person every
 * one of the {@code a × b} record pairs across the two entities is a link the run is missing; an
 * answer settles all of them at once. A pair whose records are in one entity already (joined by
 * other links) would join nothing: its priority is 0. Probability alone cannot order the queue:
 * pairs sent to review for resting on low-graded records only (uncorroborated) often score 1.0, and
 * then the entities they would join make the difference.
 */
public final class ReviewPriority {
  private ReviewPriority() {}

  /**
   * @param probability the pair's match probability
   * @param membersLeft members of the left record's entity
   * @param membersRight members of the right record's entity
   * @param sameEntity whether both records are in one entity already
   */
  public static double of(
      double probability, long membersLeft, long membersRight, boolean sameEntity) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
    if (membersLeft < 1 || membersRight < 1) {
      throw new IllegalArgumentException(
          "an entity has at least one member, got " + membersLeft + " and " + membersRight);
    }
    return sameEntity ? 0 : probability * membersLeft * membersRight;
  }
}
