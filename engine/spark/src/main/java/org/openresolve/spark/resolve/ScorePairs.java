package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.rules.Thresholds;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * Scores candidate pairs ({@link CandidatePairs}) and keeps those the thresholds decide something
 * for: LINK or REVIEW. The rest, nearly all of them, end here; only their count is reported.
 */
final class ScorePairs implements MapPartitionsFunction<Row, Row> {
  static final String MATCH_WEIGHT = "match_weight";
  static final String PROBABILITY = "match_probability";
  static final String PARTIAL_WEIGHTS = "_partial_weights";
  static final String NOTES = "_notes";
  static final String DECISION = "decision";

  /** A decided pair in lean form: the candidate pair with its weight, probability and decision. */
  static final StructType DECIDED =
      CandidatePairs.SCHEMA
          .add(MATCH_WEIGHT, DataTypes.DoubleType, false)
          .add(PROBABILITY, DataTypes.DoubleType, false)
          .add(DECISION, DataTypes.StringType, false);

  /**
   * A decided pair with both records' keys, the values compared, the partial weights and, per
   * comparison, why its weight was reduced (or null) ({@link DescribePairs}).
   */
  static final StructType SCHEMA =
      PairRows.SCHEMA
          .add(MATCH_WEIGHT, DataTypes.DoubleType, false)
          .add(PROBABILITY, DataTypes.DoubleType, false)
          .add(PARTIAL_WEIGHTS, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add(NOTES, DataTypes.createArrayType(DataTypes.StringType, true), false)
          .add(DECISION, DataTypes.StringType, false);

  private final MatchScorer scorer;
  private final Thresholds thresholds;
  private final TermFrequencies termFrequencies;

  /** @param termFrequencies frequencies of name values in the data, or null for none */
  ScorePairs(MatchScorer scorer, Thresholds thresholds, TermFrequencies termFrequencies) {
    this.scorer = requireNonNull(scorer, "scorer is null");
    this.thresholds = requireNonNull(thresholds, "thresholds is null");
    this.termFrequencies = termFrequencies;
  }

  static LevelPattern pattern(List<Integer> levels) {
    int[] l = new int[levels.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = levels.get(i);
    }
    return LevelPattern.of(l);
  }

  static LevelPattern pattern(byte[] levels) {
    int[] l = new int[levels.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = levels[i];
    }
    return LevelPattern.of(l);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> pairs) {
    return new Advancing<>() {
      @Override
      protected Row advance() {
        while (pairs.hasNext()) {
          Row p = pairs.next();
          byte[] levels = (byte[]) p.get(3);
          long[] counts = CandidatePairs.decodeCounts((byte[]) p.get(4));
          double weight = scorer.matchWeight(levels, counts, termFrequencies);
          double probability = MatchScorer.probabilityOf(weight);
          Thresholds.Decision decision = thresholds.decide(probability);
          if (decision != Thresholds.Decision.NONE) {
            return RowFactory.create(p.get(0), p.get(1), p.get(2), levels, p.get(4), weight, probability, decision.name());
          }
        }
        return null;
      }

    };
  }
}
