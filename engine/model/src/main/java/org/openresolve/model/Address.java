package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * A postal or descriptive address.
 *
 * @param asWritten the address as the source wrote it
 * @param normalised folded form for matching: Latin, lower case, punctuation removed
 * @param locality town or city when the source gives it separately, else null
 * @param postcode postal code when the source gives it separately, else null
 * @param country ISO 3166-1 alpha-2 code when known, else null
 */
public record Address(
    String asWritten, String normalised, String locality, String postcode, String country) {
  public Address {
    requireNonNull(asWritten, "asWritten is null");
    requireNonNull(normalised, "normalised is null");
  }
}
