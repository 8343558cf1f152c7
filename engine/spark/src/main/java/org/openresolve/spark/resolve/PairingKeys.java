package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.sketch.BloomFilter;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.pipeline.BlockEntry;
import org.openresolve.core.pipeline.BlockKeys;
import org.openresolve.core.pipeline.BlockLimits;

/**
 * Turns a view's blocking keys into the rows that gather blocks: one per key the record may pair on
 * ({@link BlockKeys#codesOf}), each carrying the view, the grading and the sorted codes of all such
 * keys of the record, read back as a core {@link BlockEntry}.
 */
final class PairingKeys implements FlatMapFunction<Row, Row> {
  static final String CODES = "_codes";
  static final String BLOCK = "_block";

  /** {@code (node, view, low grade, codes, block)}. */
  static final StructType SCHEMA =
      new StructType()
          .add(ViewRows.NODE, DataTypes.LongType, false)
          .add(ViewRows.VIEW, DataTypes.BinaryType, false)
          .add(ViewRows.LOW_GRADE, DataTypes.BooleanType, false)
          .add(CODES, DataTypes.BinaryType, false)
          .add(BLOCK, DataTypes.LongType, false);

  private static final int NODE_AT = SCHEMA.fieldIndex(ViewRows.NODE);
  private static final int VIEW_AT = SCHEMA.fieldIndex(ViewRows.VIEW);
  private static final int LOW_AT = SCHEMA.fieldIndex(ViewRows.LOW_GRADE);
  private static final int CODES_AT = SCHEMA.fieldIndex(CODES);
  private static final int BLOCK_AT = SCHEMA.fieldIndex(BLOCK);

  private final Broadcast<BloomFilter> pairing;
  private final Broadcast<Set<String>> oversize;
  private final BlockKeys keys;

  /**
   * @param pairing keys of blocks of two records or more (a false positive costs a row, no pair)
   * @param oversize keys of blocks over their size limit, skipped or refined
   */
  PairingKeys(Broadcast<BloomFilter> pairing, Broadcast<Set<String>> oversize, BlockKeys keys) {
    this.pairing = requireNonNull(pairing, "pairing is null");
    this.oversize = requireNonNull(oversize, "oversize is null");
    this.keys = requireNonNull(keys, "keys is null");
  }

  /**
   * @param view a row of {@link ViewRows} with at least the node, view, block keys and grading
   */
  @Override
  public Iterator<Row> call(Row view) {
    BloomFilter mayPair = pairing.value();
    Set<String> skipped = oversize.value();
    long[] codes =
        keys.codesOf(
            view.getList(view.fieldIndex(ViewRows.BLOCK_KEYS)),
            BlockLimits.pairable(mayPair::mightContainString, skipped));
    List<Row> rows = new ArrayList<>(codes.length);
    Object node = view.get(view.fieldIndex(ViewRows.NODE));
    Object bytes = view.get(view.fieldIndex(ViewRows.VIEW));
    Object low = view.get(view.fieldIndex(ViewRows.LOW_GRADE));
    byte[] packed = pack(codes);
    for (long code : codes) {
      rows.add(RowFactory.create(node, bytes, low, packed, code));
    }
    return rows.iterator();
  }

  /** A row of {@link #SCHEMA} as the core's block entry. */
  static BlockEntry entry(Row r) {
    return new BlockEntry(
        r.getLong(BLOCK_AT),
        r.getLong(NODE_AT),
        MatchViewCodec.decode((byte[]) r.get(VIEW_AT)),
        r.getBoolean(LOW_AT),
        unpack((byte[]) r.get(CODES_AT)));
  }

  // Bytes, not an array column: read back as longs without boxing each one.
  static byte[] pack(long[] codes) {
    ByteBuffer out = ByteBuffer.allocate(codes.length * Long.BYTES);
    out.asLongBuffer().put(codes);
    return out.array();
  }

  static long[] unpack(byte[] packed) {
    long[] codes = new long[packed.length / Long.BYTES];
    ByteBuffer.wrap(packed).asLongBuffer().get(codes);
    return codes;
  }
}
