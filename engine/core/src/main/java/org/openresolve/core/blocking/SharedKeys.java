package org.openresolve.core.blocking;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.codec.digest.MurmurHash3;
import org.openresolve.core.rules.BlockingSettings;

/**
 * Blocking keys as 64-bit codes, so that the keys two records share are found by merging two sorted
 * arrays of longs instead of intersecting sets of strings, and a block travels through a shuffle as
 * one long. A code is a 128-bit MurmurHash3 of the key cut to 64 bits, with its six low bits
 * replaced by the bit of the blocking rule the key belongs to (a rule set has at most 63 rules), so
 * the rules two records share are read from the codes alone.
 *
 * <p>Two different keys share a code with probability about 2<sup>-58</sup>: the pair they would
 * wrongly report is compared once more or, at worst, emitted from a block it is not in.
 */
public final class SharedKeys {
  private static final long RULE_MASK = 0x3F;

  private SharedKeys() {}

  /** The code of {@code key}, a key of the rule numbered {@code ruleBit}. */
  public static long code(String key, int ruleBit) {
    requireNonNull(key, "key is null");
    if (ruleBit < 0 || ruleBit >= BlockingSettings.MAX_RULES) {
      throw new IllegalArgumentException(
          "rule bit must be in [0, " + BlockingSettings.MAX_RULES + "), got " + ruleBit);
    }
    long h = MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8))[0];
    return (h & ~RULE_MASK) | ruleBit;
  }

  /**
   * The sorted, distinct codes of the {@code usable} keys of one record. A repeated code would put
   * the record twice in one block, and pair it with itself.
   *
   * @param ruleBits each blocking rule's bit, by rule id
   * @throws IllegalStateException for a usable key of no rule in {@code ruleBits}
   */
  public static long[] codesOf(
      Collection<String> keys, Predicate<String> usable, Map<String, Integer> ruleBits) {
    long[] codes = new long[keys.size()];
    int n = 0;
    for (String key : keys) {
      if (usable.test(key)) {
        Integer bit = ruleBits.get(BlockingRule.ruleIdOf(key));
        if (bit == null) {
          throw new IllegalStateException(
              "block key " + key + " names no blocking rule of the rule set");
        }
        codes[n++] = code(key, bit);
      }
    }
    return Arrays.stream(codes, 0, n).sorted().distinct().toArray();
  }

  /** The rule bit a code carries. */
  public static int ruleBit(long code) {
    return (int) (code & RULE_MASK);
  }

  /**
   * The rules (a mask of rule bits) of the codes both sorted arrays hold, when the smallest code
   * they share is {@code block}; else 0. A pair of records that share several blocks is thereby
   * taken from exactly one of them, the one of its smallest shared code, whatever the order in
   * which blocks are read.
   *
   * @param left sorted, without repeats
   * @param right sorted, without repeats
   */
  public static long rulesIfFirstShared(long[] left, long[] right, long block) {
    int i = 0;
    int j = 0;
    long rules = 0;
    boolean first = true;
    while (i < left.length && j < right.length) {
      long a = left[i];
      long b = right[j];
      if (a < b) {
        i++;
      } else if (b < a) {
        j++;
      } else {
        if (first && a != block) {
          return 0;
        }
        first = false;
        rules |= 1L << ruleBit(a);
        i++;
        j++;
      }
    }
    return rules;
  }
}
