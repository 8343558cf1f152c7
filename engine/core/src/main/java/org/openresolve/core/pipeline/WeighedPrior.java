package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairFactors;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * The prior of a trained model estimated again from the candidate pairs weighed as the decisions
 * weigh them, term frequencies included ({@link PairFactors}). The pairs may be counted in parts
 * ({@link #count}) and the parts merged.
 */
public final class WeighedPrior {
  private WeighedPrior() {}

  /** The pairs counted by their Bayes factor under {@code model} and {@code tf}. */
  public static PairFactors count(
      Iterator<CandidatePair> pairs, RuleSet rules, ModelParameters model, TermFrequencies tf) {
    requireNonNull(pairs, "pairs is null");
    MatchScorer scorer = new MatchScorer(model, rules);
    PairFactors factors = new PairFactors();
    while (pairs.hasNext()) {
      CandidatePair p = pairs.next();
      factors.add(scorer.bayesFactor(p.levels(), p.termCounts(), tf));
    }
    return factors;
  }

  /** How many record pairs an input of {@code records} records has. */
  public static long possiblePairs(long records) {
    return records * (records - 1) / 2;
  }
}
