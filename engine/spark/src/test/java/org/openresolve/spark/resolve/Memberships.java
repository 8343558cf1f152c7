package org.openresolve.spark.resolve;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/** A run's membership as a map, for tests: {@code source:record_id} to entity id. */
final class Memberships {
  private Memberships() {}

  static Map<String, String> of(ResolveResult r) {
    Map<String, String> m = new TreeMap<>();
    for (Row row : r.membership().select("source", "record_id", "entity_id").collectAsList()) {
      m.put(row.getString(0) + ":" + row.getString(1), row.getString(2));
    }
    return m;
  }
}
