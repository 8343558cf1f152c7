package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.ModelSettings;
import org.openresolve.core.rules.ParameterOverride;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;

/**
 * Trains a model without labels, as a rule set's {@code model:} settings say:
 *
 * <ol>
 *   <li>u from random pairs ({@link UEstimator});
 *   <li>m by {@link ExpectationMaximisation} with u fixed, once per blocking rule on the pairs that
 *       rule produced (unless the rule says {@code trains_model: false}), leaving out the
 *       comparisons whose agreement the rule's key implies (as Splink's training sessions do: among
 *       pairs that share a birth year, agreeing on it says nothing). Each comparison's m is the
 *       average over the sessions that estimated it, weighted by their expected matches;
 *   <li>the prior, unless the rule file fixes it, by {@link PriorEstimator}.
 * </ol>
 *
 * The rule file's fixed m/u values are kept throughout. An m marked {@code m_from: confident_pairs}
 * is then measured on the pairs that link whatever its comparison says ({@link ConfidentPairsM}),
 * from the rule file's m or, without one, from the m EM learned, and an m that EM learned above its
 * {@code m_max} set to that bound, and the model fitted again with them. The caller compares the
 * pairs and counts the patterns; nothing here sees a record.
 */
public final class ModelTrainer {
  /** Share of matches each session's EM starts from. */
  static final double START_LAMBDA = 0.3;

  /** A session with fewer pairs than this teaches too little to be averaged in. */
  static final long MIN_SESSION_PAIRS = 10;

  private ModelTrainer() {}

  /**
   * @param randomPairPatterns patterns of {@code model.random_pairs} random record pairs
   * @param patternsByRule per blocking rule id, the patterns of the candidate pairs that rule
   *     produced (a pair produced by two rules counts under both)
   * @param candidatePatterns the patterns of all distinct candidate pairs
   * @param possiblePairs how many record pairs the input has in all
   */
  public static ModelParameters train(
      RuleSet rules,
      Map<LevelPattern, Long> randomPairPatterns,
      Map<String, Map<LevelPattern, Long>> patternsByRule,
      Map<LevelPattern, Long> candidatePatterns,
      long possiblePairs) {
    requireNonNull(rules, "rules is null");
    requireNonNull(patternsByRule, "patternsByRule is null");
    requireNonNull(candidatePatterns, "candidatePatterns is null");
    List<ComparisonSpec> comparisons = rules.comparisons();
    int n = comparisons.size();
    int[] levelCounts = comparisons.stream().mapToInt(c -> c.levels().size()).toArray();
    double[][] u = UEstimator.estimate(randomPairPatterns, levelCounts);
    double[][] start = Probabilities.startingM(levelCounts);
    boolean[][] fixedM = new boolean[n][];
    boolean[][] fixedU = new boolean[n][];
    for (int c = 0; c < n; c++) {
      fixedM[c] = new boolean[levelCounts[c]];
      fixedU[c] = new boolean[levelCounts[c]];
    }
    for (ParameterOverride o : rules.model().overrides()) {
      int c = rules.comparisonIndex(o.comparison());
      int l = rules.levelIndex(o.comparison(), o.level());
      if (o.m() != null) {
        start[c][l] = o.m();
        fixedM[c][l] = true;
      }
      if (o.u() != null) {
        u[c][l] = o.u();
        fixedU[c][l] = true;
      }
    }
    for (int c = 0; c < n; c++) {
      Probabilities.normalise(start[c], fixedM[c]);
      Probabilities.normalise(u[c], fixedU[c]);
    }
    ModelParameters model =
        fit(rules, patternsByRule, candidatePatterns, possiblePairs, u, start, fixedM);
    boolean measured = false;
    MatchScorer scorer = new MatchScorer(model, rules);
    for (ParameterOverride o : rules.model().overrides()) {
      if (o.measured()) {
        int c = rules.comparisonIndex(o.comparison());
        int l = rules.levelIndex(o.comparison(), o.level());
        double matchProbability = rules.thresholds().matchProbability();
        // The analyst's m is one pair seen beforehand and the least m may be; EM's is more pairs.
        boolean given = o.m() != null;
        ConfidentPairsM.Estimate e =
            ConfidentPairsM.estimate(
                candidatePatterns,
                model,
                scorer,
                c,
                l,
                given ? o.m() : model.m()[c][l],
                given ? 1 : rules.model().learnedPairs(),
                given ? o.m() : 0,
                matchProbability);
        start[c][l] = e.m();
        fixedM[c][l] = true;
        measured = true;
      }
    }
    // A level whose m EM learned above its bound: the candidate pairs hold more non-matches at that
    // level than EM can tell from matches (namesakes, at scale). Bounded, and the rest refitted.
    boolean capped = false;
    for (ParameterOverride o : rules.model().overrides()) {
      if (o.capped()) {
        int c = rules.comparisonIndex(o.comparison());
        int l = rules.levelIndex(o.comparison(), o.level());
        if (model.m()[c][l] > o.mMax()) {
          // Refitted from what EM learned, keeping the comparison's fixed and measured levels.
          double[] learned = model.m()[c].clone();
          for (int k = 1; k < learned.length; k++) {
            if (fixedM[c][k]) {
              learned[k] = start[c][k];
            }
          }
          start[c] = learned;
          start[c][l] = o.mMax();
          fixedM[c][l] = true;
          capped = true;
        }
      }
    }
    if (!measured && !capped) {
      return model;
    }
    for (int c = 0; c < n; c++) {
      Probabilities.normalise(start[c], fixedM[c]);
    }
    return fit(rules, patternsByRule, candidatePatterns, possiblePairs, u, start, fixedM);
  }

  /** m by EM sessions from the given start, then the prior. */
  private static ModelParameters fit(
      RuleSet rules,
      Map<String, Map<LevelPattern, Long>> patternsByRule,
      Map<LevelPattern, Long> candidatePatterns,
      long possiblePairs,
      double[][] u,
      double[][] start,
      boolean[][] fixedM) {
    int n = u.length;
    double[][] m = sessions(rules, patternsByRule, u, start, fixedM);
    for (int c = 0; c < n; c++) {
      if (!observed(candidatePatterns, c)) {
        m[c] = u[c].clone(); // a field no candidate pair has: no evidence either way
      }
    }
    ModelSettings settings = rules.model();
    double prior =
        settings.fixedPrior().isPresent()
            ? settings.fixedPrior().getAsDouble()
            : PriorEstimator.estimate(candidatePatterns, m, u, possiblePairs);
    return ModelParameters.of(rules, prior, m, u);
  }

  private static double[][] sessions(
      RuleSet rules,
      Map<String, Map<LevelPattern, Long>> patternsByRule,
      double[][] u,
      double[][] start,
      boolean[][] fixedM) {
    List<ComparisonSpec> comparisons = rules.comparisons();
    int n = comparisons.size();
    double[][] sum = new double[n][];
    double[] weight = new double[n];
    for (int c = 0; c < n; c++) {
      sum[c] = new double[start[c].length];
    }
    ExpectationMaximisation em =
        new ExpectationMaximisation(rules.model().emMaxIterations(), rules.model().emTolerance());
    for (BlockingRuleSpec rule : rules.blocking().rules()) {
      if (!rule.trains()) {
        continue;
      }
      Map<LevelPattern, Long> patterns = patternsByRule.getOrDefault(rule.id(), Map.of());
      long pairs = patterns.values().stream().mapToLong(Long::longValue).sum();
      if (pairs < MIN_SESSION_PAIRS) {
        continue;
      }
      Set<PersonField> implied = rule.key().fields();
      boolean[] left = new boolean[n];
      boolean[][] fixed = new boolean[n][];
      for (int c = 0; c < n; c++) {
        left[c] = implied.contains(comparisons.get(c).field());
        fixed[c] = left[c] ? allTrue(start[c].length) : fixedM[c];
      }
      ExpectationMaximisation.Result r =
          em.run(withoutComparisons(patterns, left), u, start, START_LAMBDA, fixed, false);
      double matches = r.lambda() * pairs;
      for (int c = 0; c < n; c++) {
        if (!left[c] && observed(patterns, c)) {
          for (int l = 1; l < sum[c].length; l++) {
            sum[c][l] += matches * r.m()[c][l];
          }
          weight[c] += matches;
        }
      }
    }
    double[][] m = new double[n][];
    for (int c = 0; c < n; c++) {
      if (weight[c] == 0) {
        m[c] = start[c].clone(); // no session could estimate it: every rule implies this field
      } else {
        m[c] = sum[c];
        for (int l = 1; l < m[c].length; l++) {
          m[c][l] /= weight[c];
        }
        Probabilities.normalise(m[c], fixedM[c]);
      }
    }
    return m;
  }

  /** The patterns with the given comparisons set to MISSING, so they weigh nothing in EM. */
  private static Map<LevelPattern, Long> withoutComparisons(
      Map<LevelPattern, Long> patterns, boolean[] left) {
    Map<LevelPattern, Long> out = new HashMap<>();
    for (Map.Entry<LevelPattern, Long> e : patterns.entrySet()) {
      int[] levels = e.getKey().levels();
      for (int c = 0; c < levels.length; c++) {
        if (left[c]) {
          levels[c] = 0;
        }
      }
      out.merge(LevelPattern.of(levels), e.getValue(), Long::sum);
    }
    return out;
  }

  private static boolean observed(Map<LevelPattern, Long> patterns, int c) {
    return patterns.keySet().stream().anyMatch(p -> p.level(c) > 0);
  }

  private static boolean[] allTrue(int size) {
    boolean[] b = new boolean[size];
    java.util.Arrays.fill(b, true);
    return b;
  }
}
