package org.openresolve.core.evaluate;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.openresolve.core.pipeline.PairComparison;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PairReach;
import org.openresolve.core.pipeline.PreparedRecord;
import org.openresolve.core.rules.RuleSet;

/**
 * The fate of each true pair of one run: what blocking made of the two records, recomputed with the
 * run's rules and oversize keys, and the run's decision on them. One instance per task or per
 * in-memory evaluation; the Spark and the in-memory evaluation both judge every pair here.
 */
public final class TruePairFates {
  private final PairReach.Finder finder;

  /**
   * @param oversize every key of a block over its limit in the run, refined or skipped
   */
  public TruePairFates(RuleSet rules, Set<String> oversize) {
    this.finder = new PairReach.Finder(rules, oversize, new PairComparison(rules, null));
  }

  /** A true pair's fate, with the reach it was judged by. */
  public record Fated(TruePairFate fate, PairReach reach) {
    public Fated {
      requireNonNull(fate, "fate is null");
      requireNonNull(reach, "reach is null");
    }

    /** Adds {@code count} pairs of this fate and reach to {@code loss}. */
    public RecallLoss addTo(RecallLoss loss, long count) {
      return loss.add(fate, reach.sharedRules(), reach.pairedRules(), reach.skipped(), count);
    }
  }

  /**
   * @param sameEntity whether the run put both records in one entity
   * @param decision the pair's decision in the run's tables, {@link PairDecision#NONE} when none
   *     holds it
   */
  public Fated of(
      PreparedRecord left, PreparedRecord right, boolean sameEntity, PairDecision decision) {
    PairReach reach = finder.of(left, right);
    return new Fated(TruePairFate.of(sameEntity, decision, reach), reach);
  }
}
