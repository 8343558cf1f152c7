package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.openresolve.core.compare.LevelPattern;

/**
 * Measures how often one person's two records reach a level of one comparison, on the confident
 * pairs: candidate pairs that link on their other comparisons even with this one at its worst level
 * (as Splink trains a comparison's m on a blocking rule that does not involve it, the sample is
 * chosen without looking at the comparison measured, so it is not biased towards its agreeing
 * levels). Relatives of one household do not qualify: their first names or birth dates disagree,
 * and those weigh against them whatever the measured comparison says.
 *
 * <p>The estimate is the share of confident pairs at the level among those that compare the field
 * at all, with what was believed before counted as pairs seen beforehand. An analyst's m counts as
 * one pair and is the least the result may be: the data can only show the sources are dirtier. The
 * m EM learned, when the rule file gives none, counts as {@code model.learned_pairs} pairs: the
 * measure replaces it where confident pairs are many (a large input, where namesakes among the
 * candidate pairs lead EM astray), and moves it little where they are few (a small or very dirty
 * input, where a field's worst level weighs so much that few pairs link without it).
 */
public final class ConfidentPairsM {
  private ConfidentPairsM() {}

  /**
   * @param patterns level patterns of the distinct candidate pairs, with their counts
   * @param model the model trained so far
   * @param comparison the comparison whose level is measured
   * @param level the level measured
   * @param before the m believed before measuring: the rule file's m, or the m EM learned
   * @param pairsBefore how many pairs seen beforehand {@code before} counts as
   * @param least the least the result may be
   * @param matchProbability the probability at which a pair links
   */
  public static Estimate estimate(
      Map<LevelPattern, Long> patterns,
      ModelParameters model,
      MatchScorer scorer,
      int comparison,
      int level,
      double before,
      double pairsBefore,
      double least,
      double matchProbability) {
    requireNonNull(patterns, "patterns is null");
    requireNonNull(model, "model is null");
    requireNonNull(scorer, "scorer is null");
    double worst =
        model.comparisons().get(comparison).levels().stream()
            .mapToDouble(ModelParameters.LevelParameters::partialWeight)
            .min()
            .orElse(0);
    double needed = Math.log(matchProbability / (1 - matchProbability)) / Math.log(2);
    long compared = 0;
    long reached = 0;
    for (Map.Entry<LevelPattern, Long> e : patterns.entrySet()) {
      LevelPattern p = e.getKey();
      if (p.level(comparison) == 0) {
        continue;
      }
      PairScore s = scorer.score(p);
      double others = s.matchWeight() - s.partialWeights().get(comparison);
      if (others + worst < needed) {
        continue;
      }
      compared += e.getValue();
      if (p.level(comparison) == level) {
        reached += e.getValue();
      }
    }
    double m = Math.max(least, (reached + before * pairsBefore) / (compared + pairsBefore));
    return new Estimate(m, compared, reached);
  }

  /**
   * @param m the m to use
   * @param confidentPairs confident pairs that compare the field
   * @param atLevel of those, the pairs at the level
   */
  public record Estimate(double m, long confidentPairs, long atLevel) {}
}
