package org.openresolve.core.pipeline;

import java.nio.charset.StandardCharsets;

/**
 * XXH64 of UTF-8 texts, chained as Spark SQL's {@code xxhash64(a, b, ...)} chains its columns (each
 * column's hash seeds the next, the first seeded with 42): the hash the u sample has always been
 * drawn with, so the sample is the same whichever runner draws it.
 */
final class XxHash64 {
  private static final long PRIME1 = 0x9E3779B185EBCA87L;
  private static final long PRIME2 = 0xC2B2AE3D27D4EB4FL;
  private static final long PRIME3 = 0x165667B19E3779F9L;
  private static final long PRIME4 = 0x85EBCA77C2B2AE63L;
  private static final long PRIME5 = 0x27D4EB2F165667C5L;

  /** Spark's seed for {@code xxhash64}. */
  static final long SPARK_SEED = 42;

  private XxHash64() {}

  /** Spark's {@code xxhash64} of the texts, none null. */
  static long ofTexts(String... texts) {
    long hash = SPARK_SEED;
    for (String t : texts) {
      hash = hash(t.getBytes(StandardCharsets.UTF_8), hash);
    }
    return hash;
  }

  static long hash(byte[] b, long seed) {
    int length = b.length;
    int at = 0;
    long h;
    if (length >= 32) {
      long v1 = seed + PRIME1 + PRIME2;
      long v2 = seed + PRIME2;
      long v3 = seed;
      long v4 = seed - PRIME1;
      int limit = length - 32;
      do {
        v1 = round(v1, longAt(b, at));
        v2 = round(v2, longAt(b, at + 8));
        v3 = round(v3, longAt(b, at + 16));
        v4 = round(v4, longAt(b, at + 24));
        at += 32;
      } while (at <= limit);
      h =
          Long.rotateLeft(v1, 1)
              + Long.rotateLeft(v2, 7)
              + Long.rotateLeft(v3, 12)
              + Long.rotateLeft(v4, 18);
      h = merge(h, v1);
      h = merge(h, v2);
      h = merge(h, v3);
      h = merge(h, v4);
    } else {
      h = seed + PRIME5;
    }
    h += length;
    while (at + 8 <= length) {
      h ^= round(0, longAt(b, at));
      h = Long.rotateLeft(h, 27) * PRIME1 + PRIME4;
      at += 8;
    }
    if (at + 4 <= length) {
      h ^= (intAt(b, at) & 0xFFFFFFFFL) * PRIME1;
      h = Long.rotateLeft(h, 23) * PRIME2 + PRIME3;
      at += 4;
    }
    while (at < length) {
      h ^= (b[at] & 0xFFL) * PRIME5;
      h = Long.rotateLeft(h, 11) * PRIME1;
      at++;
    }
    h ^= h >>> 33;
    h *= PRIME2;
    h ^= h >>> 29;
    h *= PRIME3;
    h ^= h >>> 32;
    return h;
  }

  private static long round(long acc, long input) {
    acc += input * PRIME2;
    acc = Long.rotateLeft(acc, 31);
    return acc * PRIME1;
  }

  private static long merge(long h, long v) {
    h ^= round(0, v);
    return h * PRIME1 + PRIME4;
  }

  private static long longAt(byte[] b, int at) {
    return (intAt(b, at) & 0xFFFFFFFFL) | ((long) intAt(b, at + 4) << 32);
  }

  private static int intAt(byte[] b, int at) {
    return (b[at] & 0xFF)
        | (b[at + 1] & 0xFF) << 8
        | (b[at + 2] & 0xFF) << 16
        | (b[at + 3] & 0xFF) << 24;
  }
}
