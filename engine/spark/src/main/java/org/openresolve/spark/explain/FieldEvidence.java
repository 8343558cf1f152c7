package org.openresolve.spark.explain;

import org.apache.spark.sql.Row;

/** One comparison's verdict on a pair, as an analyst reads it. */
public record FieldEvidence(
    String comparison, String label, int level, String levelLabel, double partialWeight, String valueL, String valueR) {
  static FieldEvidence of(Row e) {
    return new FieldEvidence(
        e.getString(0), e.getString(1), e.getInt(2), e.getString(3), e.getDouble(4), e.getString(5), e.getString(6));
  }
}
