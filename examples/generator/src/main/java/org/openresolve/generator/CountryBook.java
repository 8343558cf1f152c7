package org.openresolve.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The countries of {@code countries.txt}: one {@code [XX]} section per country with {@code key =
 * value} lines. Lists are {@code ;}-separated, spellings of one thing {@code /}-separated and a
 * city's own postcode pattern follows {@code @}.
 */
final class CountryBook {
  private static final Map<String, IdentifierType> IDENTIFIER_KEYS =
      Map.of(
          "passport", IdentifierType.PASSPORT,
          "national_id", IdentifierType.NATIONAL_ID,
          "driving_licence", IdentifierType.DRIVING_LICENCE,
          "police_id", IdentifierType.POLICE_ID,
          "tax_id", IdentifierType.TAX_ID);
  private final Map<String, Country> countries;

  private CountryBook(Map<String, Country> countries) {
    this.countries = countries;
  }

  static CountryBook load() {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line : ResourceLines.read("countries.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new LinkedHashMap<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else if (current != null && line.indexOf('=') > 0) {
        int eq = line.indexOf('=');
        current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      } else {
        throw new IllegalStateException("countries.txt: unexpected line '" + line + "'");
      }
    }
    Map<String, Country> countries = new LinkedHashMap<>();
    sections.forEach((code, keys) -> countries.put(code, country(code, keys)));
    return new CountryBook(countries);
  }

  Country get(String alpha2) {
    Country c = countries.get(alpha2);
    if (c == null) {
      throw new IllegalArgumentException("no country '" + alpha2 + "' in countries.txt");
    }
    return c;
  }

  /** A weighted choice among {@code alpha2:weight} pairs. */
  WeightedList<Country> weighted(List<String> pairs) {
    List<Country> items = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String pair : pairs) {
      List<String> p = ResourceLines.cells(pair, ':');
      items.add(get(p.get(0)));
      weights.add(Double.parseDouble(p.get(1)));
    }
    return new WeightedList<>(items, weights);
  }

  private static Country country(String code, Map<String, String> keys) {
    PhonePlan phones =
        new PhonePlan(
            required(code, keys, "calling"),
            keys.getOrDefault("trunk", ""),
            required(code, keys, "mobile"),
            groups(required(code, keys, "mobile_groups")),
            required(code, keys, "landline"),
            groups(required(code, keys, "landline_groups")));
    Map<IdentifierType, String> identifiers = new EnumMap<>(IdentifierType.class);
    IDENTIFIER_KEYS.forEach(
        (key, type) -> {
          String pattern = keys.get(key);
          if (pattern != null && !pattern.isEmpty()) {
            identifiers.put(type, pattern);
          }
        });
    String zip = keys.getOrDefault("zip", "");
    List<City> cities = new ArrayList<>();
    for (String city : ResourceLines.list(required(code, keys, "cities"), ';')) {
      int at = city.indexOf('@');
      cities.add(
          at < 0
              ? new City(Variants.parse(city), zip)
              : new City(Variants.parse(city.substring(0, at)), city.substring(at + 1)));
    }
    List<Variants> streets =
        ResourceLines.list(required(code, keys, "streets"), ';').stream()
            .map(Variants::parse)
            .toList();
    return new Country(
        code,
        required(code, keys, "alpha3"),
        ResourceLines.list(required(code, keys, "names"), ';'),
        phones,
        identifiers,
        required(code, keys, "address"),
        cities,
        streets,
        ResourceLines.list(required(code, keys, "email"), ';'));
  }

  private static String required(String code, Map<String, String> keys, String key) {
    String value = keys.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("countries.txt: [" + code + "] has no " + key);
    }
    return value;
  }

  private static List<Integer> groups(String text) {
    return ResourceLines.list(text, ' ').stream().map(Integer::parseInt).toList();
  }
}
