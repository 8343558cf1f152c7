package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * The pipeline of a run for one pair of its records, from what the run wrote (its rules, model,
 * term counts and oversize keys): whether blocking paired them, whether {@code skip_when} left them
 * uncompared, and otherwise their comparison, score and decision, as the run made them. What
 * clustering did with a link (a refusal) needs the whole component: that is read from the run.
 */
public final class SinglePair {
  private final PairReach.Finder reaches;
  private final PairComparer comparer;
  private final PairComparison comparison;
  private final PairDecider decider;
  private final RuleMasks masks;

  /**
   * @param termCounts the run's counts of values (empty for none)
   * @param records the run's record count
   * @param oversizeKeys the keys of the run's blocks over their limit, skipped or refined
   */
  public SinglePair(
      RuleSet rules,
      ModelParameters model,
      Map<String, Long> termCounts,
      long records,
      Set<String> oversizeKeys) {
    requireNonNull(rules, "rules is null");
    TermCounts counts = termCounts.isEmpty() ? null : new TermCounts(rules, termCounts, records);
    this.comparer = new PairComparer(rules);
    this.comparison =
        new PairComparison(
            comparer, new org.openresolve.core.blocking.SkipConditions(rules), counts);
    this.decider =
        new PairDecider(
            rules, model, counts == null ? null : new TermFrequencies(rules, model, counts));
    this.masks = new RuleMasks(rules);
    this.reaches = new PairReach.Finder(rules, oversizeKeys, comparison);
  }

  /**
   * What the run made of a pair.
   *
   * @param sharedKeys the blocking keys the two records share
   * @param notCompared why they were not compared ({@link DecisionReason.NotBlocked}, {@link
   *     DecisionReason.Oversize}, {@link DecisionReason.SkippedWhen}), or null when they were
   * @param decision the decision on the score (the score they would get when not compared)
   */
  public record Outcome(
      List<String> sharedKeys,
      DecisionReason notCompared,
      ComparisonVector vector,
      PairScore score,
      Decision decision) {
    public Outcome {
      sharedKeys = List.copyOf(sharedKeys);
    }

    public boolean compared() {
      return notCompared == null;
    }
  }

  /** The pair of two records, {@code left} the one of the smaller key. */
  public Outcome of(PreparedRecord left, PreparedRecord right) {
    PairReach reach = reaches.of(left, right);
    BlockEntry a = new BlockEntry(0, 0, left.view(), left.lowGrade(), new long[0]);
    BlockEntry b = new BlockEntry(0, 1, right.view(), right.lowGrade(), new long[0]);
    ComparedPair pair = comparison.compare(a, b, reach.pairedRules());
    CandidatePair lean = pair.lean();
    PairScore score = decider.score(TrainingCounts.patternOf(lean.levels()), lean.termCounts());
    Decision decision = decider.decide(lean);
    return new Outcome(
        reach.sharedKeys(), reach.notCompared(masks), pair.vector(), score, decision);
  }

  /** The comparer of the run's rules. */
  public PairComparer comparer() {
    return comparer;
  }
}
