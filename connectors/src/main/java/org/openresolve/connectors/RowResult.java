package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantinedRow;

/**
 * What one input row became. Every row read yields exactly one result, so rows read = rows accepted
 * + rows quarantined holds by construction.
 */
public sealed interface RowResult {
  long line();

  /**
   * A readable row: its records (one, or one per subject of an intelligence report), the bad values
   * found in them, and parts of the row that could not become records (a report subject without a
   * ref, say).
   */
  record Accepted(
      long line,
      List<PersonRecord> records,
      List<FieldIssue> issues,
      List<QuarantinedRow> quarantinedParts)
      implements RowResult {
    public Accepted {
      records = List.copyOf(records);
      issues = List.copyOf(issues);
      quarantinedParts = List.copyOf(quarantinedParts);
    }
  }

  /** An unreadable row. */
  record Quarantined(QuarantinedRow row) implements RowResult {
    public Quarantined {
      requireNonNull(row, "row is null");
    }

    @Override
    public long line() {
      return row.line();
    }
  }
}
