package org.openresolve.generator;

/** The identifier types of the input contract. */
enum IdentifierType {
  PASSPORT,
  NATIONAL_ID,
  DRIVING_LICENCE,
  POLICE_ID,
  TAX_ID,
  OTHER
}
