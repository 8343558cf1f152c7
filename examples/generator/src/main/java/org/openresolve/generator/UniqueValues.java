package org.openresolve.generator;

/**
 * Values already handed out, so that unrelated people never share a handle, mailbox, phone number
 * or document number by chance: only deliberately shared ones (household landlines, burner phones)
 * may make two people look alike. A Bloom filter of fixed size: memory does not grow with the
 * number of people, nothing seen is ever reported unseen, and a rare false alarm only makes the
 * caller draw another value.
 */
final class UniqueValues {
  private static final int HASHES = 4;
  private final long[] bits;
  private final long mask;

  /**
   * A filter of {@code 2^log2Bits} bits; 2^26 (8 MiB) keeps false alarms rare up to millions of
   * people.
   */
  UniqueValues(int log2Bits) {
    this.bits = new long[1 << (log2Bits - 6)];
    this.mask = (1L << log2Bits) - 1;
  }

  /** Claims {@code value}; false if it may have been claimed before, and then nothing changes. */
  boolean claim(String value) {
    long h1 = hash(value, 0xcbf29ce484222325L);
    long h2 = hash(value, 0x84222325cbf29ce4L) | 1;
    boolean fresh = false;
    for (int i = 0; i < HASHES; i++) {
      long bit = (h1 + i * h2) & mask;
      fresh |= (bits[(int) (bit >>> 6)] & (1L << bit)) == 0;
    }
    if (fresh) {
      for (int i = 0; i < HASHES; i++) {
        long bit = (h1 + i * h2) & mask;
        bits[(int) (bit >>> 6)] |= 1L << bit;
      }
    }
    return fresh;
  }

  /** FNV-1a over the characters, finished with a 64-bit mixer so that low bits spread well. */
  private static long hash(String value, long seed) {
    long h = seed;
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
