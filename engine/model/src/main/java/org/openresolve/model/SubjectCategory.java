package org.openresolve.model;

import java.util.Optional;

/**
 * Categories of data subject distinguished by the Law Enforcement Directive (EU) 2016/680, art. 6.
 * A record whose source does not say is {@link #UNDETERMINED}; a category is never null.
 */
public enum SubjectCategory {
  SUSPECT,
  CONVICTED,
  VICTIM,
  WITNESS,
  CONTACT,
  OTHER,
  UNDETERMINED;

  /** The category for a contract code, or empty for an unknown code. */
  public static Optional<SubjectCategory> fromCode(String code) {
    for (SubjectCategory c : values()) {
      if (c != UNDETERMINED && c.name().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
