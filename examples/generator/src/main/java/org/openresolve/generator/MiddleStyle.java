package org.openresolve.generator;

/** What stands between the given and the family name in a culture. */
enum MiddleStyle {
  NONE,
  /** A second given name (John Paul, María José). */
  SECOND_GIVEN,
  /** A patronymic formed from the father's name (Sergeyevich). */
  PATRONYMIC,
  /** The father's given name unchanged (Albanian). */
  FATHERS_NAME,
  /** The father's given name after bin/ibn or bint (Arabic nasab). */
  NASAB,
  /**
   * A middle name from the culture's own list, written before the given name (Vietnamese Van, Thi).
   */
  LEADING
}
