package org.openresolve.model;

/**
 * Why a value inside a readable record was kept as written but left out of matching. Each kind of
 * bad value has its own code.
 */
public enum FieldIssueReason {
  /** Not an ISO 8601 date of the forms YYYY, YYYY-MM or YYYY-MM-DD. */
  MALFORMED_DATE,
  /** Well formed, but no such day (2023-02-30) or month. */
  IMPOSSIBLE_DATE,
  /** A birth date after the time the record was read. */
  FUTURE_DATE,
  /** Not an ISO 8601 timestamp. */
  MALFORMED_TIMESTAMP,
  UNKNOWN_SEX,
  UNKNOWN_SUBJECT_CATEGORY,
  /** Not an ISO 3166 alpha-2/alpha-3 code nor a known country name. */
  UNKNOWN_COUNTRY,
  UNPARSEABLE_PHONE,
  INVALID_EMAIL,
  /** An identifier that is not TYPE:ISSUER:VALUE, or has an empty value. */
  MALFORMED_IDENTIFIER,
  UNKNOWN_IDENTIFIER_TYPE,
  /** A source reliability outside A-F or an information credibility outside 1-6. */
  UNKNOWN_GRADING,
  UNKNOWN_WEB_NETWORK,
  /** A JSON value of the wrong type, e.g. a number where a list of strings belongs. */
  WRONG_JSON_TYPE,
  /** A crypto wallet or online account without its chain/platform or address/handle. */
  INCOMPLETE_ACCOUNT,
  /** A name from which nothing usable is left after normalisation. */
  UNUSABLE_NAME
}
