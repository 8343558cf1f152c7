package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;

/**
 * The random pairs u is estimated from: all pairs among a sample of about sqrt(2 * {@code
 * model.random_pairs}) records, whatever the input size, chosen by a hash of their key so the
 * sample depends on neither partitioning nor the order of records.
 */
public final class RandomPairs implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long cut;

  private RandomPairs(long cut) {
    this.cut = cut;
  }

  /** The sample for an input of {@code records} records. */
  public static RandomPairs of(RuleSet rules, long records) {
    requireNonNull(rules, "rules is null");
    double sampleSize =
        Math.min(records, Math.ceil(Math.sqrt(2.0 * rules.model().randomPairs())) + 1);
    double fraction = records == 0 ? 0 : sampleSize / records;
    return new RandomPairs((long) (fraction * Long.MAX_VALUE));
  }

  /** Whether the record is in the sample. */
  public boolean sampled(String source, String recordId) {
    long h = XxHash64.ofTexts(source, recordId, "u-sample");
    // |h|, with the one value that has no absolute value folded in.
    long magnitude = h == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(h);
    return magnitude <= cut;
  }

  /**
   * The level patterns of the pairs of sample row {@code row} with every later row, added to {@code
   * counts}. Row by row, so the rows can be spread over tasks.
   */
  public static void compareRow(
      List<MatchView> sample, int row, PairComparer comparer, Map<LevelPattern, Long> counts) {
    for (int j = row + 1; j < sample.size(); j++) {
      counts.merge(comparer.compare(sample.get(row), sample.get(j)).pattern(), 1L, Long::sum);
    }
  }

  /**
   * The level patterns of all pairs of the sample, compared on every core: the sample's pairs cost
   * more than all other matching of a small input. Counts add up in any order, so the result does
   * not depend on how the rows are shared out.
   */
  public static Map<LevelPattern, Long> patterns(List<MatchView> sample, PairComparer comparer) {
    int n = sample.size();
    int slices = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
    // Row i is compared with every later row: rows i and n-1-i together make n-1 pairs, so a slice
    // takes both, and the slices are even.
    return IntStream.range(0, slices)
        .parallel()
        .mapToObj(
            slice -> {
              Map<LevelPattern, Long> counts = new HashMap<>();
              for (int i = 0; i < n; i++) {
                if (Math.min(i, n - 1 - i) % slices == slice) {
                  compareRow(sample, i, comparer, counts);
                }
              }
              return counts;
            })
        .reduce(new HashMap<>(), RandomPairs::sum);
  }

  private static Map<LevelPattern, Long> sum(Map<LevelPattern, Long> a, Map<LevelPattern, Long> b) {
    Map<LevelPattern, Long> out = new HashMap<>(a);
    b.forEach((pattern, count) -> out.merge(pattern, count, Long::sum));
    return out;
  }
}
