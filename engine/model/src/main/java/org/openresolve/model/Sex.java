package org.openresolve.model;

import java.util.Optional;

/** Sex as recorded; the contract codes are M, F, X and U. */
public enum Sex {
  MALE("M"),
  FEMALE("F"),
  /** Recorded as neither male nor female. */
  OTHER("X"),
  UNKNOWN("U");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Sex> fromCode(String code) {
    for (Sex s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether the value says something a comparison can use. */
  public boolean isKnown() {
    return this == MALE || this == FEMALE;
  }
}
