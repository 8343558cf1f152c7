package org.openresolve.connectors;

import java.util.List;

/** Named values of one input row, however the row is laid out (CSV cells or JSON keys). */
interface FieldSource {
  /** The value of a column as text, or null when the column is not mapped, absent or empty. */
  String text(String column);

  /** The values of a multi-valued column, blanks dropped; empty when absent. */
  List<String> list(String column);
}
