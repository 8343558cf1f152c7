package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.openresolve.core.blocking.SharedKeys;
import org.openresolve.core.blocking.SkipConditions;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.TermCounts;

/**
 * The pairs of blocks, compared: every two records of a block, each pair once whatever the number
 * of keys and rules that reach it (it is taken from the block of the smallest code the two share,
 * and carries all the rules of the codes they share), left uncompared when every one of its rules
 * has a {@code skip_when} condition that holds ({@link SkipConditions}), else compared, with the
 * counts of the values term frequencies weigh.
 */
public final class PairComparison implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PairComparer comparer;
  private final SkipConditions conditions;
  private final TermCounts counts;

  /**
   * @param counts counts of the values term frequencies weigh, or null for none
   */
  public PairComparison(PairComparer comparer, SkipConditions conditions, TermCounts counts) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.conditions = requireNonNull(conditions, "conditions is null");
    this.counts = counts;
  }

  /**
   * @param counts counts of the values term frequencies weigh, or null for none
   */
  public PairComparison(RuleSet rules, TermCounts counts) {
    this(new PairComparer(rules), new SkipConditions(rules), counts);
  }

  /** Told of each pair the {@code skip_when} conditions leave uncompared. */
  public interface Skipped {
    void pair(long left, long right, long rules);
  }

  /** Whether the pair, reached by the rules of {@code rules}, is left uncompared. */
  public boolean skips(long rules, MatchView a, MatchView b) {
    return conditions.skips(rules, a, b, comparer);
  }

  /** The pair compared, whatever its conditions say. */
  public ComparedPair compare(BlockEntry a, BlockEntry b, long rules) {
    ComparisonVector v = comparer.compare(a.view(), b.view());
    return new ComparedPair(
        a.node(),
        b.node(),
        rules,
        v,
        counts == null ? null : counts.countsOf(v),
        a.lowGrade(),
        b.lowGrade());
  }

  /**
   * The compared pairs of blocks, lazily: a block of n records yields up to n(n-1)/2 pairs, never
   * all held at once.
   *
   * @param entries sorted by block code, then node: a block is the run of entries with one code
   */
  public Iterator<ComparedPair> ofBlocks(Iterator<BlockEntry> entries, Skipped skipped) {
    requireNonNull(entries, "entries is null");
    requireNonNull(skipped, "skipped is null");
    return new Iterator<>() {
      private final List<BlockEntry> block = new ArrayList<>();
      private BlockEntry lookahead = entries.hasNext() ? entries.next() : null;
      private long code;
      private int i;
      private int j;
      private ComparedPair next;

      /** Reads the next block of two records or more; false at the end. */
      private boolean nextBlock() {
        while (lookahead != null) {
          block.clear();
          code = lookahead.block();
          while (lookahead != null && lookahead.block() == code) {
            block.add(lookahead);
            lookahead = entries.hasNext() ? entries.next() : null;
          }
          if (block.size() >= 2) {
            i = 0;
            j = 0;
            return true;
          }
        }
        return false;
      }

      private ComparedPair advance() {
        while (true) {
          while (i < block.size()) {
            j++;
            if (j >= block.size()) {
              i++;
              j = i;
              continue;
            }
            BlockEntry a = block.get(i);
            BlockEntry b = block.get(j);
            long rules = SharedKeys.rulesIfFirstShared(a.codes(), b.codes(), code);
            if (rules != 0) {
              if (skips(rules, a.view(), b.view())) {
                skipped.pair(a.node(), b.node(), rules);
                continue;
              }
              return compare(a, b, rules);
            }
          }
          if (!nextBlock()) {
            return null;
          }
        }
      }

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public ComparedPair next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ComparedPair p = next;
        next = null;
        return p;
      }
    };
  }
}
