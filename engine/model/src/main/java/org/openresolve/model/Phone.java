package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * A telephone number.
 *
 * @param e164 the number in E.164 form (e.g. +79161234567), or null when it could not be parsed;
 *     such a number is kept as written, reported as a field issue and not used for matching
 * @param asWritten the number as the source wrote it
 */
public record Phone(String e164, String asWritten) {
  public Phone {
    requireNonNull(asWritten, "asWritten is null");
  }
}
