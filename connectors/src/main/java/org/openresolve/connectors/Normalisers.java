package org.openresolve.connectors;

import org.openresolve.core.normalise.AddressNormaliser;
import org.openresolve.core.normalise.NameNormaliser;
import org.openresolve.core.normalise.PhoneNormaliser;

/**
 * The normalisers one reader uses. They hold compiled transliterators, so a reader builds them once
 * and reuses them for every row; not shared between threads.
 */
record Normalisers(NameNormaliser names, PhoneNormaliser phones, AddressNormaliser addresses) {
  static Normalisers forRegion(String phoneRegion) {
    return new Normalisers(new NameNormaliser(), new PhoneNormaliser(phoneRegion), new AddressNormaliser());
  }
}
