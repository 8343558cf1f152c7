package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A true identifier; {@link IdentifierRenderer} adds the punctuation and typos of real records. */
record IdentifierValue(IdentifierType type, Country issuer, String value) {
  IdentifierValue {
    requireNonNull(type, "type is null");
    requireNonNull(issuer, "issuer is null");
    requireNonNull(value, "value is null");
  }
}
