package org.openresolve.model;

import java.util.Optional;

/** Where on the web an open-web record was captured. */
public enum WebNetwork {
  CLEAR,
  DEEP,
  DARK;

  public static Optional<WebNetwork> fromCode(String code) {
    for (WebNetwork n : values()) {
      if (n.name().equalsIgnoreCase(code)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
