package org.openresolve.spark.resolve;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.LongType;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * The lean form of a compared candidate pair, as many as there are pairs: the two nodes, the
 * blocking rules that reached it as a bit mask (bit i is the rule file's i-th rule), a byte per
 * comparison level, and the record counts of the values term-frequency adjustment uses (varints,
 * null when the rule set adjusts nothing). Record keys and compared values are looked up again
 * only for the few pairs that are linked or reviewed ({@link DescribePairs}).
 */
final class CandidatePairs {
  static final String RULES = "_rules";
  static final String LEVELS = "_levels";
  static final String TERM_COUNTS = "_term_counts";

  static final StructType SCHEMA =
      new StructType()
          .add(PairRows.NODE_L, LongType, false)
          .add(PairRows.NODE_R, LongType, false)
          .add(RULES, LongType, false)
          .add(LEVELS, BinaryType, false)
          .add(TERM_COUNTS, BinaryType, true);

  private CandidatePairs() {}

  static Row of(long left, long right, long rules, ComparisonVector v, long[] termCounts) {
    byte[] levels = new byte[v.size()];
    for (int c = 0; c < levels.length; c++) {
      levels[c] = (byte) v.level(c);
    }
    return RowFactory.create(left, right, rules, levels, termCounts == null ? null : encodeCounts(termCounts));
  }

  /** Bit index of each blocking rule id, in rule-file order. */
  static Map<String, Integer> ruleBits(RuleSet rules) {
    Map<String, Integer> bits = new TreeMap<>();
    List<BlockingRuleSpec> specs = rules.blocking().rules();
    for (int i = 0; i < specs.size(); i++) {
      bits.put(specs.get(i).id(), i);
    }
    return bits;
  }

  /** The rule ids of a mask, sorted. */
  static List<String> ruleIds(RuleSet rules, long mask) {
    TreeSet<String> ids = new TreeSet<>();
    List<BlockingRuleSpec> specs = rules.blocking().rules();
    for (int i = 0; i < specs.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        ids.add(specs.get(i).id());
      }
    }
    return new ArrayList<>(ids);
  }

  static byte[] encodeCounts(long[] counts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(counts.length + 4);
    for (long c : counts) {
      long v = c;
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
    return out.toByteArray();
  }

  /** The counts {@link #encodeCounts} wrote, as many as it wrote; null for null. */
  static long[] decodeCounts(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    int n = 0;
    for (byte b : bytes) {
      n += (b & 0x80) == 0 ? 1 : 0;
    }
    long[] counts = new long[n];
    int at = 0;
    for (int c = 0; c < n; c++) {
      long v = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[at++];
        v |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      counts[c] = v;
    }
    return counts;
  }
}
