package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * Gives a decided pair its evidence: both records' keys, the values each comparison compared and
 * the partial weights, recomputed from the two views. Runs only for linked and reviewed pairs, so
 * the many candidate pairs never carry values. Input rows are {@code (node_l, node_r, rules,
 * levels, term_counts, decision, source_l, record_id_l, view_l, source_r, record_id_r, view_r)}.
 */
final class DescribePairs implements MapPartitionsFunction<Row, Row> {
  private final PairComparer comparer;
  private final MatchScorer scorer;
  private final TermFrequencies termFrequencies;
  private final RuleSet rules;

  /** @param termFrequencies frequencies of name values in the data, or null for none */
  DescribePairs(PairComparer comparer, MatchScorer scorer, TermFrequencies termFrequencies, RuleSet rules) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.scorer = requireNonNull(scorer, "scorer is null");
    this.termFrequencies = termFrequencies;
    this.rules = requireNonNull(rules, "rules is null");
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
        ComparisonVector v =
            comparer.compare(MatchViewCodec.decode((byte[]) p.get(8)), MatchViewCodec.decode((byte[]) p.get(11)));
        LevelPattern levels = ScorePairs.pattern((byte[]) p.get(3));
        if (!v.pattern().equals(levels)) {
          // Comparison is a pure function of the two views; anything else is a bug to stop on.
          throw new IllegalStateException("pair " + p.get(0) + "-" + p.get(1) + " compared to " + v.pattern() + " after " + levels);
        }
        long[] counts = CandidatePairs.decodeCounts((byte[]) p.get(4));
        PairScore s = counts == null ? scorer.score(levels) : scorer.score(levels, counts, termFrequencies);
        Row pair =
            PairRows.of(
                p.getLong(0), p.getString(6), p.getString(7), p.getLong(1), p.getString(9), p.getString(10),
                CandidatePairs.ruleIds(rules, p.getLong(2)), v);
        Object[] values = new Object[pair.length() + 5];
        for (int i = 0; i < pair.length(); i++) {
          values[i] = pair.get(i);
        }
        values[pair.length()] = s.matchWeight();
        values[pair.length() + 1] = s.probability();
        values[pair.length() + 2] = PairRows.seq(s.partialWeights().toArray());
        values[pair.length() + 3] = PairRows.seq(s.notes().toArray());
        values[pair.length() + 4] = p.getString(5);
        return RowFactory.create(values);
      }
    };
  }
}
