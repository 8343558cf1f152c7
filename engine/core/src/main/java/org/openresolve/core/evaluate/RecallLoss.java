package org.openresolve.core.evaluate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run found and lost the pairs the truth puts in one entity: how many met each {@link
 * TruePairFate}, the pair completeness (the share of true pairs compared at all), and per blocking
 * rule the pairs it compared, those it alone compared, and the lost pairs it reached only through
 * skipped oversize blocks or that its {@code skip_when} left uncompared. Counts are added group by
 * group (fate, rule masks), in any order.
 */
public final class RecallLoss {
  private final List<String> rules;
  private final Map<TruePairFate, Long> fates = new EnumMap<>(TruePairFate.class);
  private final long[][] byRule;
  private long truePairs;
  private long compared;
  private long foundCompared;

  /**
   * @param rules the blocking rule ids in rule-file order: bit i of a mask is rule i
   */
  public RecallLoss(List<String> rules) {
    this.rules = List.copyOf(rules);
    this.byRule = new long[this.rules.size()][4];
    for (TruePairFate f : TruePairFate.values()) {
      fates.put(f, 0L);
    }
  }

  /**
   * {@code count} true pairs that met one fate, with one reach.
   *
   * @param sharedRules the rules of the keys they share
   * @param pairedRules the rules of the shared keys whose blocks yield pairs
   * @param skipped whether {@code skip_when} left them uncompared
   */
  public RecallLoss add(
      TruePairFate fate, long sharedRules, long pairedRules, boolean skipped, long count) {
    requireNonNull(fate, "fate is null");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    truePairs += count;
    fates.merge(fate, count, Long::sum);
    boolean wasCompared = pairedRules != 0 && !skipped;
    compared += wasCompared ? count : 0;
    foundCompared += wasCompared && fate == TruePairFate.FOUND ? count : 0;
    for (int r = 0; r < rules.size(); r++) {
      long bit = 1L << r;
      if (wasCompared && (pairedRules & bit) != 0) {
        byRule[r][0] += count;
        byRule[r][1] += pairedRules == bit ? count : 0;
      }
      if (fate == TruePairFate.ONLY_IN_OVERSIZE_BLOCKS && (sharedRules & bit) != 0) {
        byRule[r][2] += count;
      }
      if (fate == TruePairFate.SKIPPED_BY_CONDITION && (pairedRules & bit) != 0) {
        byRule[r][3] += count;
      }
    }
    return this;
  }

  public long truePairs() {
    return truePairs;
  }

  /** The true pairs compared by some rule. */
  public long compared() {
    return compared;
  }

  /** The true pairs found that were also compared directly (the others through other links). */
  public long foundCompared() {
    return foundCompared;
  }

  /** The share of true pairs compared; 1 when there are none. */
  public double pairCompleteness() {
    return share(compared);
  }

  public long count(TruePairFate fate) {
    return fates.get(fate);
  }

  /** The share of true pairs that met {@code fate}; 0 when there are none. */
  public double shareOf(TruePairFate fate) {
    return truePairs == 0 ? 0 : (double) count(fate) / truePairs;
  }

  private double share(long n) {
    return truePairs == 0 ? 1 : (double) n / truePairs;
  }

  /**
   * One blocking rule's part in recall.
   *
   * @param compared true pairs this rule compared (with or without others)
   * @param comparedOnlyByThisRule true pairs no other rule compared
   * @param lostToOversize true pairs lost, never compared, that share a key of this rule only in
   *     oversize blocks skipped
   * @param lostToSkipWhen true pairs this rule paired that its {@code skip_when} (and every other
   *     rule's that paired them) left uncompared
   * @param pairCompleteness {@code compared} as a share of all true pairs
   */
  public record RuleRecall(
      String rule,
      long compared,
      long comparedOnlyByThisRule,
      long lostToOversize,
      long lostToSkipWhen,
      double pairCompleteness) {}

  /** Every rule's part, in rule-file order. */
  public List<RuleRecall> byRule() {
    List<RuleRecall> out = new ArrayList<>(rules.size());
    for (int r = 0; r < rules.size(); r++) {
      long[] t = byRule[r];
      out.add(new RuleRecall(rules.get(r), t[0], t[1], t[2], t[3], share(t[0])));
    }
    return out;
  }
}
