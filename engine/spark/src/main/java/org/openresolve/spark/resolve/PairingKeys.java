package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.sketch.BloomFilter;
import org.openresolve.core.blocking.SharedKeys;

/**
 * Turns a view's blocking keys into the rows that gather blocks: one per key of a block that can
 * yield pairs (two records or more, not oversize), each carrying the view and the sorted codes of
 * all such keys of the record ({@link SharedKeys}). Keys of oversize blocks are left out of the
 * codes, so pairs that share only those are not made, and pairs that also share a usable key are
 * taken from that block.
 */
final class PairingKeys implements FlatMapFunction<Row, Row> {
  static final String CODES = "_codes";
  static final String BLOCK = "_block";

  /** {@code (node, view, codes, block)}, read by {@link CompareBlocks}. */
  static final StructType SCHEMA =
      new StructType()
          .add(ViewRows.NODE, DataTypes.LongType, false)
          .add(ViewRows.VIEW, DataTypes.BinaryType, false)
          .add(CODES, DataTypes.BinaryType, false)
          .add(BLOCK, DataTypes.LongType, false);

  private final Broadcast<BloomFilter> pairing;
  private final Broadcast<Set<String>> oversize;
  private final Map<String, Integer> ruleBits;

  /**
   * @param pairing keys of blocks of two records or more (a false positive costs a row, no pair)
   * @param oversize keys of blocks over their size limit
   * @param ruleBits each blocking rule's bit
   */
  PairingKeys(Broadcast<BloomFilter> pairing, Broadcast<Set<String>> oversize, Map<String, Integer> ruleBits) {
    this.pairing = requireNonNull(pairing, "pairing is null");
    this.oversize = requireNonNull(oversize, "oversize is null");
    this.ruleBits = Map.copyOf(requireNonNull(ruleBits, "ruleBits is null"));
  }

  /** @param view {@code (node, view, block_keys)} */
  @Override
  public Iterator<Row> call(Row view) {
    BloomFilter mayPair = pairing.value();
    Set<String> skipped = oversize.value();
    long[] codes = SharedKeys.codesOf(view.getList(2), k -> mayPair.mightContainString(k) && !skipped.contains(k), ruleBits);
    List<Row> rows = new ArrayList<>(codes.length);
    Object node = view.get(0);
    Object bytes = view.get(1);
    byte[] packed = pack(codes);
    for (long code : codes) {
      rows.add(RowFactory.create(node, bytes, packed, code));
    }
    return rows.iterator();
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
