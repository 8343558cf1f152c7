package org.openresolve.model;

/** The role of a name within its record. */
public enum NameType {
  PRIMARY,
  ALIAS,
  /** The name in its original, non-Latin script, as the source gave it. */
  ORIGINAL_SCRIPT
}
