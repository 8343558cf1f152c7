package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.pipeline.CandidatePair;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.pipeline.RuleMasks;
import org.openresolve.core.pipeline.TrainingCounts;
import org.openresolve.core.scoring.PairScore;

/**
 * Gives a decided pair its evidence: both records' keys, the values each comparison compared and
 * the partial weights, recomputed from the two views. Runs only for linked and reviewed pairs, so
 * the many candidate pairs never carry values. Input rows are those of {@link ScorePairs#DECIDED}
 * with both records' {@link #SOURCE_L}, {@link #RECORD_ID_L}, {@link #VIEW_L} and the same for the
 * right; output rows are those of {@link LinkPolicies#SCHEMA}.
 */
final class DescribePairs implements MapPartitionsFunction<Row, Row> {
  static final String SOURCE_L = "_s_l";
  static final String RECORD_ID_L = "_r_l";
  static final String VIEW_L = "_v_l";
  static final String SOURCE_R = "_s_r";
  static final String RECORD_ID_R = "_r_r";
  static final String VIEW_R = "_v_r";

  private final PairComparer comparer;
  private final PairDecider decider;
  private final RuleMasks masks;

  DescribePairs(PairComparer comparer, PairDecider decider, RuleMasks masks) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.decider = requireNonNull(decider, "decider is null");
    this.masks = requireNonNull(masks, "masks is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> pairs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pairs.hasNext();
      }

      @Override
      public Row next() {
        Row p = pairs.next();
        CandidatePair pair = CandidatePairs.pair(p);
        ComparisonVector v =
            comparer.compare(
                MatchViewCodec.decode(p.getAs(VIEW_L)), MatchViewCodec.decode(p.getAs(VIEW_R)));
        LevelPattern levels = TrainingCounts.patternOf(pair.levels());
        if (!v.pattern().equals(levels)) {
          // Comparison is a pure function of the two views; anything else is a bug to stop on.
          throw new IllegalStateException(
              "pair "
                  + pair.left()
                  + "-"
                  + pair.right()
                  + " compared to "
                  + v.pattern()
                  + " after "
                  + levels);
        }
        PairScore s = decider.score(levels, pair.termCounts());
        Row described =
            PairRows.of(
                pair.left(),
                p.getAs(SOURCE_L),
                p.getAs(RECORD_ID_L),
                pair.right(),
                p.getAs(SOURCE_R),
                p.getAs(RECORD_ID_R),
                masks.ids(pair.rules()),
                v);
        return LinkPolicies.row(
            described,
            s,
            p.getAs(ScorePairs.DECISION),
            p.<Boolean>getAs(ScorePairs.UNCORROBORATED),
            null);
      }
    };
  }
}
