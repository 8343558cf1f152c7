package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.blocking.SharedKeys;
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
  private final RuleSet rules;
  private final Set<String> oversizeKeys;
  private final PairComparer comparer;
  private final PairComparison comparison;
  private final PairDecider decider;
  private final RuleMasks masks;

  /**
   * @param termCounts the run's counts of values (empty for none)
   * @param records the run's record count
   * @param oversizeKeys the keys the run skipped as oversize
   */
  public SinglePair(RuleSet rules, ModelParameters model, Map<String, Long> termCounts, long records, Set<String> oversizeKeys) {
    this.rules = requireNonNull(rules, "rules is null");
    this.oversizeKeys = Set.copyOf(oversizeKeys);
    TermCounts counts = termCounts.isEmpty() ? null : new TermCounts(rules, termCounts, records);
    this.comparer = new PairComparer(rules);
    this.comparison = new PairComparison(comparer, new org.openresolve.core.blocking.SkipConditions(rules), counts);
    this.decider = new PairDecider(rules, model, counts == null ? null : new TermFrequencies(rules, model, counts));
    this.masks = new RuleMasks(rules);
  }

  /**
   * What the run made of a pair.
   *
   * @param sharedKeys the blocking keys the two records share
   * @param notCompared why they were not compared ({@link DecisionReason.NotBlocked}, {@link
   *     DecisionReason.Oversize}, {@link DecisionReason.SkippedWhen}), or null when they were
   * @param decision the decision on the score (the score they would get when not compared)
   */
  public record Outcome(List<String> sharedKeys, DecisionReason notCompared, ComparisonVector vector, PairScore score, Decision decision) {
    public Outcome {
      sharedKeys = List.copyOf(sharedKeys);
    }

    public boolean compared() {
      return notCompared == null;
    }
  }

  /** The pair of two records, {@code left} the one of the smaller key. */
  public Outcome of(PreparedRecord left, PreparedRecord right) {
    Set<String> shared = new LinkedHashSet<>(left.blockKeys());
    shared.retainAll(Set.copyOf(right.blockKeys()));
    List<String> usable = new ArrayList<>();
    for (String key : shared) {
      if (!oversizeKeys.contains(key)) {
        usable.add(key);
      }
    }
    BlockKeys keys = new BlockKeys(rules);
    long mask = 0;
    for (long code : keys.codesOf(usable, k -> true)) {
      mask |= 1L << SharedKeys.ruleBit(code);
    }
    BlockEntry a = new BlockEntry(0, 0, left.view(), left.lowGrade(), new long[0]);
    BlockEntry b = new BlockEntry(0, 1, right.view(), right.lowGrade(), new long[0]);
    ComparedPair pair = comparison.compare(a, b, mask);
    CandidatePair lean = pair.lean();
    PairScore score = decider.score(TrainingCounts.patternOf(lean.levels()), lean.termCounts());
    Decision decision = decider.decide(lean);
    DecisionReason notCompared = null;
    if (shared.isEmpty()) {
      notCompared = new DecisionReason.NotBlocked();
    } else if (usable.isEmpty()) {
      notCompared = new DecisionReason.Oversize(List.copyOf(shared));
    } else if (comparison.skips(mask, left.view(), right.view())) {
      notCompared = new DecisionReason.SkippedWhen(masks.ids(mask));
    }
    return new Outcome(List.copyOf(shared), notCompared, pair.vector(), score, decision);
  }

  /** The comparer of the run's rules. */
  public PairComparer comparer() {
    return comparer;
  }
}
