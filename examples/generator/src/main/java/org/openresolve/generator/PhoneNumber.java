package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A true phone number: country and national significant number (no trunk prefix). */
record PhoneNumber(Country country, String nationalNumber, boolean mobile) {
  PhoneNumber {
    requireNonNull(country, "country is null");
    requireNonNull(nationalNumber, "nationalNumber is null");
  }

  static PhoneNumber mobile(Country country, Dice dice) {
    return new PhoneNumber(country, dice.pattern(country.phones().mobilePattern()), true);
  }

  static PhoneNumber landline(Country country, Dice dice) {
    return new PhoneNumber(country, dice.pattern(country.phones().landlinePattern()), false);
  }
}
