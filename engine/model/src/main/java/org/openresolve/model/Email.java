package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * An e-mail address.
 *
 * @param normalised lower-case address, or null when it is not a valid address (then reported as a
 *     field issue and not used for matching)
 * @param asWritten the address as the source wrote it
 */
public record Email(String normalised, String asWritten) {
  public Email {
    requireNonNull(asWritten, "asWritten is null");
  }
}
