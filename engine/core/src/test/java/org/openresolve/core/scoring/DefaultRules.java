package org.openresolve.core.scoring;

import java.nio.file.Path;
import org.openresolve.core.rules.RuleSet;

/** The shipped rule set and a plain model of it, for scoring tests. */
final class DefaultRules {
  static final RuleSet RULES =
      RuleSet.load(Path.of("..", "..", "rules", "default", "ruleset.yaml"));

  private DefaultRules() {}

  static int comparison(String id) {
    return RULES.comparisonIndex(id);
  }

  /**
   * Every level equally likely among matches and non-matches, except level 1: m 0.5, u 0.001
   * (weight log2(500)).
   */
  static ModelParameters model() {
    int n = RULES.comparisons().size();
    double[][] m = new double[n][];
    double[][] u = new double[n][];
    for (int c = 0; c < n; c++) {
      int levels = RULES.comparisons().get(c).levels().size();
      m[c] = new double[levels];
      u[c] = new double[levels];
      for (int l = 0; l < levels; l++) {
        m[c][l] = 1.0 / levels;
        u[c][l] = 1.0 / levels;
      }
      m[c][1] = 0.5;
      u[c][1] = 0.001;
    }
    return ModelParameters.of(RULES, 0.001, m, u);
  }
}
