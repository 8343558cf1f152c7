package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * A trained Fellegi-Sunter model: per comparison and level (the MISSING level excepted, which is no
 * evidence) the probability m of the level among matching pairs and u among non-matching pairs, and
 * the prior: the probability that a candidate pair from blocking is a match. Written as {@code
 * model.json} with labels, so an analyst can read why a field weighs what it weighs, and loaded
 * again to freeze results.
 *
 * @param ruleSet the name of the rule set it was trained for
 * @param ruleSetSha256 that rule file's hash
 */
public record ModelParameters(
    String ruleSet, String ruleSetSha256, double prior, List<ComparisonParameters> comparisons)
    implements Serializable {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  public ModelParameters {
    requireNonNull(ruleSet, "ruleSet is null");
    requireNonNull(ruleSetSha256, "ruleSetSha256 is null");
    if (!(prior > 0 && prior < 1)) {
      throw new IllegalArgumentException("prior must be in (0, 1), got " + prior);
    }
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Parameters for a rule set from m[c][l] and u[c][l]; index 0 of each row (MISSING) is ignored.
   */
  public static ModelParameters of(RuleSet rules, double prior, double[][] m, double[][] u) {
    List<ComparisonParameters> comparisons = new ArrayList<>();
    for (int c = 0; c < rules.comparisons().size(); c++) {
      ComparisonSpec spec = rules.comparisons().get(c);
      List<LevelParameters> levels = new ArrayList<>();
      for (int l = 1; l < spec.levels().size(); l++) {
        levels.add(new LevelParameters(l, spec.levels().get(l).label(), m[c][l], u[c][l]));
      }
      comparisons.add(new ComparisonParameters(spec.id(), spec.label(), levels));
    }
    return new ModelParameters(rules.name(), rules.sha256(), prior, comparisons);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("model parameters did not serialise", e);
    }
  }

  /**
   * @throws IllegalArgumentException quoting the problem when the text is not a model file
   */
  public static ModelParameters fromJson(String json) {
    requireNonNull(json, "json is null");
    try {
      return JSON.readValue(json, ModelParameters.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new IllegalArgumentException(
          "not a model file" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Refuses parameters made for other comparisons or levels than the rule set's: a frozen model
   * must be used with the rules it was trained for (the hash may differ after a label edit).
   */
  public void requireFits(RuleSet rules) {
    List<ComparisonSpec> specs = rules.comparisons();
    if (specs.size() != comparisons.size()) {
      throw new IllegalArgumentException(
          "model has "
              + comparisons.size()
              + " comparisons, rule set '"
              + rules.name()
              + "' has "
              + specs.size());
    }
    for (int c = 0; c < specs.size(); c++) {
      ComparisonParameters p = comparisons.get(c);
      ComparisonSpec spec = specs.get(c);
      if (!p.id().equals(spec.id()) || p.levels().size() != spec.levels().size() - 1) {
        throw new IllegalArgumentException(
            "model comparison "
                + c
                + " is '"
                + p.id()
                + "' with "
                + (p.levels().size() + 1)
                + " levels, rule set has '"
                + spec.id()
                + "' with "
                + spec.levels().size());
      }
    }
  }

  /** m[c][l]; 1 at the MISSING level, so it weighs nothing. */
  public double[][] m() {
    return table(true);
  }

  /** u[c][l]; 1 at the MISSING level. */
  public double[][] u() {
    return table(false);
  }

  private double[][] table(boolean m) {
    double[][] t = new double[comparisons.size()][];
    for (int c = 0; c < t.length; c++) {
      List<LevelParameters> levels = comparisons.get(c).levels();
      t[c] = new double[levels.size() + 1];
      t[c][0] = 1;
      for (LevelParameters l : levels) {
        t[c][l.level()] = m ? l.m() : l.u();
      }
    }
    return t;
  }

  public record ComparisonParameters(String id, String label, List<LevelParameters> levels)
      implements Serializable {
    public ComparisonParameters {
      requireNonNull(id, "id is null");
      requireNonNull(label, "label is null");
      levels = List.copyOf(levels);
      for (int i = 0; i < levels.size(); i++) {
        if (levels.get(i).level() != i + 1) {
          throw new IllegalArgumentException(
              "comparison '"
                  + id
                  + "': levels must be numbered 1, 2, ... in order, got "
                  + levels.get(i).level());
        }
      }
    }
  }

  /** The partial weight is written for the reader and recomputed from m and u when read. */
  @JsonIgnoreProperties(value = "partial_weight", allowGetters = true)
  public record LevelParameters(int level, String label, double m, double u)
      implements Serializable {
    public LevelParameters {
      requireNonNull(label, "label is null");
      if (!(m > 0 && m <= 1) || !(u > 0 && u <= 1)) {
        throw new IllegalArgumentException(
            "level '" + label + "': m and u must be in (0, 1], got m=" + m + " u=" + u);
      }
    }

    /** log2(m/u): what this level adds to a pair's match weight. */
    @JsonProperty("partial_weight")
    public double partialWeight() {
      return Math.log(m / u) / Math.log(2);
    }
  }
}
