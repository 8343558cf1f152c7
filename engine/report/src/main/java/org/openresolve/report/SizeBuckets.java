package org.openresolve.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Entity sizes gathered for a chart: each size from 1 to 10 on its own, then ranges that grow
 * tenfold (11-100, 101-1000, ...), so one giant entity does not stretch the chart to thousands of
 * empty rows and is still seen.
 */
final class SizeBuckets {
  private SizeBuckets() {}

  /**
   * Entities per bucket label, smallest first; only buckets that hold an entity, and every size
   * from 1 to the largest up to 10.
   */
  static Map<String, Long> of(SortedMap<Long, Long> entitiesBySize) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (entitiesBySize.isEmpty()) {
      return out;
    }
    long largest = entitiesBySize.lastKey();
    for (long size = 1; size <= Math.min(10, largest); size++) {
      out.put(size == 1 ? "1 record" : size + " records", entitiesBySize.getOrDefault(size, 0L));
    }
    for (long low = 11, high = 100; low <= largest; low = high + 1, high = high * 10) {
      long n =
          entitiesBySize.subMap(low, high + 1).values().stream().mapToLong(Long::longValue).sum();
      if (n > 0) {
        out.put(low + "-" + high + " records", n);
      }
    }
    return out;
  }
}
