package org.openresolve.generator;

/** The order a culture writes a full name in. */
enum NameOrder {
  GIVEN_FIRST,
  /** Chinese and Vietnamese: family name first, which Western records often reverse. */
  FAMILY_FIRST
}
