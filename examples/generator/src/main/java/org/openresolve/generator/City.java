package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A city with its spellings (English, local, original script) and its postcode pattern. */
record City(Variants names, String zipPattern) {
  City {
    requireNonNull(names, "names is null");
    requireNonNull(zipPattern, "zipPattern is null");
  }
}
