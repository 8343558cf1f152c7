package org.openresolve.spark.explain;

import org.apache.spark.sql.Row;

/**
 * One comparison's verdict on a pair, as an analyst reads it.
 *
 * @param note why the weight is less than the level's (a value many people share), or null
 */
public record FieldEvidence(
    String comparison,
    String label,
    int level,
    String levelLabel,
    double partialWeight,
    String valueL,
    String valueR,
    String note) {
  static FieldEvidence of(Row e) {
    // Runs written before the note existed have seven fields.
    String note = e.length() > 7 ? e.getString(7) : null;
    return new FieldEvidence(
        e.getString(0),
        e.getString(1),
        e.getInt(2),
        e.getString(3),
        e.getDouble(4),
        e.getString(5),
        e.getString(6),
        note);
  }
}
