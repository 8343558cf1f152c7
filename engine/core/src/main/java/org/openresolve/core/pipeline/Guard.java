package org.openresolve.core.pipeline;

/** What refused a link when clustering ({@link DecisionReason.Refused}). */
public enum Guard {
  /** An analyst judged two records of the would-be entity DIFFERENT. */
  JUDGED_DIFFERENT,
  /** Two records of the would-be entity are the same source row. */
  SAME_ROW,
  /** Two records hold different numbers of a document a person has one of. */
  IDENTITY_DOCUMENT,
  /** Two records' birth dates are too far apart. */
  BIRTH_DATES,
  /** Two records' first given names are two names, not spellings of one. */
  GIVEN_NAMES
}
