package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator knows of a country: its codes and English names, numbering plan, identifier
 * patterns (see {@link Dice#pattern} and {@link IdentifierFactory}), address format, cities,
 * streets and e-mail domains. Loaded by {@link CountryBook}.
 */
record Country(
    String alpha2,
    String alpha3,
    List<String> names,
    PhonePlan phones,
    Map<IdentifierType, String> identifierPatterns,
    String addressFormat,
    List<City> cities,
    List<Variants> streets,
    List<String> emailDomains) {
  Country {
    requireNonNull(alpha2, "alpha2 is null");
    requireNonNull(alpha3, "alpha3 is null");
    requireNonNull(phones, "phones is null");
    requireNonNull(addressFormat, "addressFormat is null");
    names = List.copyOf(names);
    identifierPatterns =
        identifierPatterns.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(identifierPatterns));
    cities = List.copyOf(cities);
    streets = List.copyOf(streets);
    emailDomains = List.copyOf(emailDomains);
    if (names.isEmpty() || cities.isEmpty() || streets.isEmpty() || emailDomains.isEmpty()) {
      throw new IllegalArgumentException(
          "country " + alpha2 + " needs names, cities, streets and e-mail domains");
    }
  }

  String name() {
    return names.get(0);
  }

  /** The pattern for an identifier type, or null when the country issues none we generate. */
  String identifierPattern(IdentifierType type) {
    return identifierPatterns.get(type);
  }
}
