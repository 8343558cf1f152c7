package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * A typed identifier.
 *
 * @param type the kind of identifier
 * @param issuer ISO 3166-1 alpha-2 code of the issuing country, or null when not given
 * @param value normalised value: upper case, letters and digits only
 * @param asWritten the value as the source wrote it
 */
public record Identifier(IdentifierType type, String issuer, String value, String asWritten) {
  public Identifier {
    requireNonNull(type, "type is null");
    requireNonNull(value, "value is null");
    requireNonNull(asWritten, "asWritten is null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("identifier value is empty");
    }
  }
}
