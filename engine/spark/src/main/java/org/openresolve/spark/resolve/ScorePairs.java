package org.openresolve.spark.resolve;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.pipeline.CandidatePair;
import org.openresolve.core.pipeline.Decision;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.pipeline.PairDecision;

/**
 * Decides candidate pairs ({@link PairDecider}) and keeps those it decides something for: LINK or
 * REVIEW. The rest, nearly all of them, end here; only their count is reported.
 */
final class ScorePairs {
  static final String MATCH_WEIGHT = "match_weight";
  static final String PROBABILITY = "match_probability";
  static final String PARTIAL_WEIGHTS = "_partial_weights";
  static final String NOTES = "_notes";
  static final String DECISION = "decision";
  static final String UNCORROBORATED = "uncorroborated";

  /** A decided pair in lean form: the candidate pair with its weight, probability and decision. */
  static final StructType DECIDED =
      CandidatePairs.SCHEMA
          .add(MATCH_WEIGHT, DataTypes.DoubleType, false)
          .add(PROBABILITY, DataTypes.DoubleType, false)
          .add(DECISION, DataTypes.StringType, false)
          .add(UNCORROBORATED, DataTypes.BooleanType, false);

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

  private ScorePairs() {}

  /** A candidate pair and its decision. */
  record Decided(CandidatePair pair, Decision decision) {}

  /**
   * The candidate pairs ({@link CandidatePairs}) decided LINK or REVIEW, as rows of {@link
   * #DECIDED}; every pair's weight, dropped or kept, goes to {@code weights}.
   */
  static Dataset<Row> decided(Dataset<Row> candidates, PairDecider decider, WeightsSeen weights) {
    return OverPartitions.run(
        candidates,
        CandidatePairs::pair,
        pairs -> linkedOrReviewed(pairs, decider, weights),
        ScorePairs::row,
        DECIDED);
  }

  private static Iterator<Decided> linkedOrReviewed(
      Iterator<CandidatePair> pairs, PairDecider decider, WeightsSeen weights) {
    return new Iterator<>() {
      private Decided next;

      @Override
      public boolean hasNext() {
        while (next == null && pairs.hasNext()) {
          CandidatePair p = pairs.next();
          Decision d = decider.decide(p);
          weights.add(d.matchWeight());
          if (d.decision() != PairDecision.NONE) {
            next = new Decided(p, d);
          }
        }
        return next != null;
      }

      @Override
      public Decided next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Decided d = next;
        next = null;
        return d;
      }
    };
  }

  private static Row row(Decided d) {
    Row pair = CandidatePairs.row(d.pair());
    Object[] values = new Object[DECIDED.size()];
    for (int i = 0; i < pair.length(); i++) {
      values[i] = pair.get(i);
    }
    values[DECIDED.fieldIndex(MATCH_WEIGHT)] = d.decision().matchWeight();
    values[DECIDED.fieldIndex(PROBABILITY)] = d.decision().probability();
    values[DECIDED.fieldIndex(DECISION)] = d.decision().decision().name();
    values[DECIDED.fieldIndex(UNCORROBORATED)] = d.decision().uncorroborated();
    return RowFactory.create(values);
  }
}
