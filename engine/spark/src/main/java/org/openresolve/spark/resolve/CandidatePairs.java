package org.openresolve.spark.resolve;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;

import java.io.ByteArrayOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.pipeline.CandidatePair;

/**
 * The rows of the core's {@link CandidatePair}, as many as there are pairs: the two nodes, the rule
 * mask, a byte per comparison level, the term counts (varints, null when the rule set weighs none)
 * and both records' gradings.
 */
final class CandidatePairs {
  static final String RULES = "_rules";
  static final String LEVELS = "_levels";
  static final String TERM_COUNTS = "_term_counts";
  static final String LOW_L = "_low_l";
  static final String LOW_R = "_low_r";

  static final StructType SCHEMA =
      new StructType()
          .add(PairRows.NODE_L, LongType, false)
          .add(PairRows.NODE_R, LongType, false)
          .add(RULES, LongType, false)
          .add(LEVELS, BinaryType, false)
          .add(TERM_COUNTS, BinaryType, true)
          .add(LOW_L, BooleanType, false)
          .add(LOW_R, BooleanType, false);

  private static final int NODE_L_AT = SCHEMA.fieldIndex(PairRows.NODE_L);
  private static final int NODE_R_AT = SCHEMA.fieldIndex(PairRows.NODE_R);
  private static final int RULES_AT = SCHEMA.fieldIndex(RULES);
  private static final int LEVELS_AT = SCHEMA.fieldIndex(LEVELS);
  private static final int COUNTS_AT = SCHEMA.fieldIndex(TERM_COUNTS);
  private static final int LOW_L_AT = SCHEMA.fieldIndex(LOW_L);
  private static final int LOW_R_AT = SCHEMA.fieldIndex(LOW_R);

  private CandidatePairs() {}

  static Row row(CandidatePair p) {
    return RowFactory.create(
        p.left(),
        p.right(),
        p.rules(),
        p.levels(),
        p.termCounts() == null ? null : encodeCounts(p.termCounts()),
        p.lowLeft(),
        p.lowRight());
  }

  /** A row whose first columns are those of {@link #SCHEMA}, as the core's pair. */
  static CandidatePair pair(Row r) {
    return new CandidatePair(
        r.getLong(NODE_L_AT),
        r.getLong(NODE_R_AT),
        r.getLong(RULES_AT),
        (byte[]) r.get(LEVELS_AT),
        decodeCounts((byte[]) r.get(COUNTS_AT)),
        r.getBoolean(LOW_L_AT),
        r.getBoolean(LOW_R_AT));
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
