package org.openresolve.connectors;

import java.util.HashMap;
import java.util.Map;
import org.openresolve.core.normalise.AddressNormaliser;
import org.openresolve.core.normalise.NameNormaliser;
import org.openresolve.core.normalise.PhoneNormaliser;

/**
 * The normalisers one reader uses. They hold compiled transliterators, so a reader builds them once
 * and reuses them for every row; not shared between threads.
 */
record Normalisers(
    NameNormaliser names,
    PhoneNormaliser phones,
    boolean hasPhoneRegion,
    AddressNormaliser addresses,
    Map<String, PhoneNormaliser> phonesByNationality) {
  static Normalisers forRegion(String phoneRegion) {
    return new Normalisers(
        new NameNormaliser(),
        new PhoneNormaliser(phoneRegion),
        phoneRegion != null && !phoneRegion.isBlank(),
        new AddressNormaliser(),
        new HashMap<>());
  }

  /** A phone normaliser for numbers of a person of this nationality (ISO alpha-2). */
  PhoneNormaliser phonesOf(String nationality) {
    return phonesByNationality.computeIfAbsent(nationality, PhoneNormaliser::new);
  }
}
