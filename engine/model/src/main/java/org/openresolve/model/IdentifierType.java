package org.openresolve.model;

/** Kinds of identity document or register number, as the contract names them. */
public enum IdentifierType {
  PASSPORT,
  NATIONAL_ID,
  DRIVING_LICENCE,
  POLICE_ID,
  TAX_ID,
  OTHER
}
