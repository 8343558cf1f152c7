package org.openresolve.generator;

/** Ways a row is made unreadable. Such rows are not records and never appear in truth.csv. */
enum RowFault {
  /** CSV: a free-text cell with a comma written unquoted, giving one cell too many. */
  EXTRA_COLUMN,
  /** CSV: the last cell cut off. */
  MISSING_COLUMN,
  /** JSON Lines: the line cut short. */
  BROKEN_JSON,
  /** JSON Lines: the object wrapped in an array. */
  NOT_AN_OBJECT,
  /** The record id (report id) empty, blank, null or absent. */
  EMPTY_ID,
  /** The id of an earlier readable row of the same file; the earlier row stays the record. */
  DUPLICATE_ID,
  /** Intelligence reports: one subject without a ref; the report's other subjects stay records. */
  SUBJECT_WITHOUT_REF,
  /** Open web: a capture with a scraped page of more than 1 MiB in its bio; at most one per run. */
  OVERSIZE
}
