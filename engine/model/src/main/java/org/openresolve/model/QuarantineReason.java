package org.openresolve.model;

/** Why a row (or an intelligence-report subject) could not become a record. */
public enum QuarantineReason {
  /** The line is not valid JSON. */
  MALFORMED_JSON,
  /** The line is JSON but not an object, or a required structure has the wrong JSON type. */
  NOT_AN_OBJECT,
  /** The bytes are not valid UTF-8. */
  INVALID_ENCODING,
  /** The CSV header lacks a required column, so no row of the file can be read as a record. */
  BAD_HEADER,
  /** A CSV row has more or fewer cells than the header. */
  WRONG_COLUMN_COUNT,
  /** A CSV quoted cell is never closed before the end of the file. */
  UNTERMINATED_QUOTE,
  /** The record id (or report id / subject ref) is missing or blank. */
  MISSING_RECORD_ID,
  /** The record id was already used by an earlier row of the same source. */
  DUPLICATE_RECORD_ID,
  /** The row is longer than the connector's size limit. */
  OVERSIZE_ROW,
  /** An intelligence report has no subjects, so describes no person. */
  NO_SUBJECTS,
  /** A row that holds no information about a person at all (every person field empty). */
  EMPTY_RECORD
}
