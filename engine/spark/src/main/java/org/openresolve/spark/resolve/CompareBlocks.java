package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.openresolve.core.blocking.SharedKeys;
import org.openresolve.core.blocking.SkipConditions;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.scoring.TermCounts;

/**
 * Compares every two records of each block in a partition of {@link PairingKeys} rows sorted by
 * block code, then node: a block is the run of rows with one code, so blocks are gathered by one
 * shuffle with no grouping. A pair that shares several usable keys (under one rule or several) is
 * emitted only from the block of the smallest code they share, so it is compared and counted once
 * whatever the number of rules that reach it; it carries the ids of all those rules (as a {@link
 * CandidatePairs} mask). A pair whose every rule has a {@code skip_when} condition that holds is
 * counted, not compared.
 */
final class CompareBlocks implements MapPartitionsFunction<Row, Row> {
  private static final int CODES = 2;
  private static final int BLOCK = 3;

  private final PairComparer comparer;
  private final Broadcast<TermCounts> termCounts;
  private final SkipConditions conditions;
  private final LongAccumulator skippedPairs;

  /**
   * @param termCounts counts of the values term-frequency adjustment uses, or null for none
   * @param skippedPairs counts the pairs the rules' conditions leave uncompared
   */
  CompareBlocks(PairComparer comparer, Broadcast<TermCounts> termCounts, SkipConditions conditions, LongAccumulator skippedPairs) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.termCounts = termCounts;
    this.conditions = requireNonNull(conditions, "conditions is null");
    this.skippedPairs = requireNonNull(skippedPairs, "skippedPairs is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TermCounts counts = termCounts == null ? null : termCounts.value();
    // Lazy: a block of n records yields up to n(n-1)/2 pairs, never all held at once.
    return new Advancing<>() {
      private final List<Long> nodes = new ArrayList<>();
      private final List<MatchView> views = new ArrayList<>();
      private final List<long[]> codes = new ArrayList<>();
      private Row lookahead = rows.hasNext() ? rows.next() : null;
      private long block;
      private int i;
      private int j;

      /** Reads the next block of two records or more into the member lists; false at the end. */
      private boolean nextBlock() {
        while (lookahead != null) {
          nodes.clear();
          views.clear();
          codes.clear();
          block = lookahead.getLong(BLOCK);
          while (lookahead != null && lookahead.getLong(BLOCK) == block) {
            nodes.add(lookahead.getLong(0));
            views.add(MatchViewCodec.decode((byte[]) lookahead.get(1)));
            codes.add(PairingKeys.unpack((byte[]) lookahead.get(CODES)));
            lookahead = rows.hasNext() ? rows.next() : null;
          }
          if (nodes.size() >= 2) {
            i = 0;
            j = 0;
            return true;
          }
        }
        return false;
      }

      @Override
      protected Row advance() {
        while (true) {
          while (i < nodes.size()) {
            j++;
            if (j >= nodes.size()) {
              i++;
              j = i;
              continue;
            }
            long rules = SharedKeys.rulesIfFirstShared(codes.get(i), codes.get(j), block);
            if (rules != 0) {
              if (conditions.skips(rules, views.get(i), views.get(j), comparer)) {
                skippedPairs.add(1);
                continue;
              }
              ComparisonVector v = comparer.compare(views.get(i), views.get(j));
              return CandidatePairs.of(nodes.get(i), nodes.get(j), rules, v, counts == null ? null : counts.countsOf(v));
            }
          }
          if (!nextBlock()) {
            return null;
          }
        }
      }
    };
  }
}
