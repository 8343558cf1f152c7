package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** One true address; {@link AddressRenderer} writes it the many ways records do. */
record Address(Country country, int number, Variants street, String flat, City city, String zip) {
  Address {
    requireNonNull(country, "country is null");
    requireNonNull(street, "street is null");
    requireNonNull(city, "city is null");
    requireNonNull(zip, "zip is null");
  }

  static Address random(Country country, Dice dice) {
    int number = dice.chance(0.7) ? dice.between(1, 40) : dice.between(41, 250);
    String flat = null;
    if (dice.chance(0.35)) {
      flat = Integer.toString(dice.between(1, 120));
      if (dice.chance(0.1)) {
        flat += (char) ('A' + dice.below(4));
      }
    }
    // Earlier cities are the larger ones: the smaller of two uniform draws favours them.
    int index = Math.min(dice.below(country.cities().size()), dice.below(country.cities().size()));
    City city = country.cities().get(index);
    return new Address(
        country, number, dice.pick(country.streets()), flat, city, dice.pattern(city.zipPattern()));
  }
}
