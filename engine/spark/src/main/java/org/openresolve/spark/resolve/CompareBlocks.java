package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.openresolve.core.blocking.SkipConditions;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.scoring.TermCounts;

/**
 * Compares every two records of each block in a partition of {@code (node, view, block_keys,
 * block_key)} rows sorted by block key, then node: a block is the run of rows with one
 * key, so blocks are gathered by one shuffle with no grouping. A pair that shares several keys
 * (under one rule or several) is emitted only from the block of the smallest key they share, so it
 * is compared and counted once whatever the number of rules that reach it; it carries the ids of
 * all those rules (as a {@link CandidatePairs} mask). Keys of skipped (oversize) blocks do not count as shared, so their pairs are not
 * lost when another rule reaches them; an oversize block itself, or one of one record, yields
 * nothing. A pair whose every rule has a {@code skip_when} condition that holds is counted, not
 * compared.
 */
final class CompareBlocks implements MapPartitionsFunction<Row, Row> {
  private static final int KEY = 3;

  private final PairComparer comparer;
  private final Broadcast<Set<String>> oversize;
  private final Map<String, Integer> ruleBits;
  private final Broadcast<TermCounts> termCounts;
  private final SkipConditions conditions;
  private final LongAccumulator skippedPairs;

  /**
   * @param termCounts counts of the values term-frequency adjustment uses, or null for none
   * @param skippedPairs counts the pairs the rules' conditions leave uncompared
   */
  CompareBlocks(
      PairComparer comparer,
      Broadcast<Set<String>> oversize,
      Map<String, Integer> ruleBits,
      Broadcast<TermCounts> termCounts,
      SkipConditions conditions,
      LongAccumulator skippedPairs) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.oversize = requireNonNull(oversize, "oversize is null");
    this.ruleBits = Map.copyOf(requireNonNull(ruleBits, "ruleBits is null"));
    this.termCounts = termCounts;
    this.conditions = requireNonNull(conditions, "conditions is null");
    this.skippedPairs = requireNonNull(skippedPairs, "skippedPairs is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Set<String> skipped = oversize.value();
    TermCounts counts = termCounts == null ? null : termCounts.value();
    // Lazy: a block of n records yields up to n(n-1)/2 pairs, never all held at once.
    return new Advancing<>() {
      private final List<Row> members = new ArrayList<>();
      private final List<MatchView> views = new ArrayList<>();
      private final List<Set<String>> keys = new ArrayList<>();
      private Row lookahead = rows.hasNext() ? rows.next() : null;
      private String key;
      private int i;
      private int j;

      /** Reads the next block that can yield pairs into the member lists; false at the end. */
      private boolean nextBlock() {
        while (lookahead != null) {
          members.clear();
          key = lookahead.getString(KEY);
          while (lookahead != null && lookahead.getString(KEY).equals(key)) {
            members.add(lookahead);
            lookahead = rows.hasNext() ? rows.next() : null;
          }
          if (members.size() < 2 || skipped.contains(key)) {
            continue;
          }
          views.clear();
          keys.clear();
          for (Row m : members) {
            views.add(MatchViewCodec.decode((byte[]) m.get(1)));
            keys.add(new TreeSet<>(m.getList(2)));
          }
          i = 0;
          j = 0;
          return true;
        }
        members.clear();
        return false;
      }

      @Override
      protected Row advance() {
        while (true) {
          while (i < members.size()) {
            j++;
            if (j >= members.size()) {
              i++;
              j = i;
              continue;
            }
            String first = null;
            long rules = 0;
            for (String k : keys.get(i)) {
              if (keys.get(j).contains(k) && !skipped.contains(k)) {
                first = first == null ? k : first;
                rules |= 1L << ruleBit(k);
              }
            }
            if (first != null && first.equals(key)) {
              if (conditions.skips(rules, views.get(i), views.get(j), comparer)) {
                skippedPairs.add(1);
                continue;
              }
              ComparisonVector v = comparer.compare(views.get(i), views.get(j));
              return CandidatePairs.of(
                  members.get(i).getLong(0), members.get(j).getLong(0), rules, v, counts == null ? null : counts.countsOf(v));
            }
          }
          if (!nextBlock()) {
            return null;
          }
        }
      }

    };
  }

  private int ruleBit(String key) {
    int colon = key.indexOf(':');
    Integer bit = ruleBits.get(colon < 0 ? key : key.substring(0, colon));
    if (bit == null) {
      throw new IllegalStateException("block key " + key + " names no blocking rule of the rule set");
    }
    return bit;
  }
}
