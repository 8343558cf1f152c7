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
import org.openresolve.core.scoring.PairScore;
import org.openresolve.core.scoring.TermFrequencies;

/** Adds the model's score and the decision to each compared pair. */
final class ScorePairs implements MapPartitionsFunction<Row, Row> {
  static final String MATCH_WEIGHT = "match_weight";
  static final String PROBABILITY = "match_probability";
  static final String PARTIAL_WEIGHTS = "_partial_weights";
  static final String DECISION = "decision";

  static final StructType SCHEMA =
      PairRows.SCHEMA
          .add(MATCH_WEIGHT, DataTypes.DoubleType, false)
          .add(PROBABILITY, DataTypes.DoubleType, false)
          .add(PARTIAL_WEIGHTS, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
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

  @Override
  public Iterator<Row> call(Iterator<Row> pairs) {
    int levelsAt = PairRows.SCHEMA.fieldIndex(PairRows.LEVELS);
    int valuesAt = PairRows.SCHEMA.fieldIndex(PairRows.VALUES_L);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pairs.hasNext();
      }

      @Override
      public Row next() {
        Row p = pairs.next();
        PairScore s =
            termFrequencies == null
                ? scorer.score(pattern(p.getList(levelsAt)))
                : scorer.score(pattern(p.getList(levelsAt)), p.getList(valuesAt), termFrequencies);
        Object[] values = new Object[p.length() + 4];
        for (int i = 0; i < p.length(); i++) {
          values[i] = p.get(i);
        }
        values[p.length()] = s.matchWeight();
        values[p.length() + 1] = s.probability();
        values[p.length() + 2] = PairRows.seq(s.partialWeights().toArray());
        values[p.length() + 3] = thresholds.decide(s.probability()).name();
        return RowFactory.create(values);
      }
    };
  }
}
