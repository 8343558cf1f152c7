package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A true phone number: country and national significant number (no trunk prefix). */
record PhoneNumber(Country country, String nationalNumber, boolean mobile) {
  PhoneNumber {
    requireNonNull(country, "country is null");
    requireNonNull(nationalNumber, "nationalNumber is null");
  }

  /** A mobile number no one else was given. */
  static PhoneNumber mobile(Country country, Dice dice, UniqueValues issued) {
    return unique(country, country.phones().mobilePattern(), true, dice, issued);
  }

  /** A landline number no one else was given (a household shares it deliberately). */
  static PhoneNumber landline(Country country, Dice dice, UniqueValues issued) {
    return unique(country, country.phones().landlinePattern(), false, dice, issued);
  }

  private static PhoneNumber unique(
      Country country, String pattern, boolean mobile, Dice dice, UniqueValues issued) {
    String number = dice.pattern(pattern);
    // A pattern's space is far larger than the numbers drawn, so a few tries always suffice.
    for (int tries = 0;
        tries < 20 && !issued.claim("phone:" + country.phones().callingCode() + number);
        tries++) {
      number = dice.pattern(pattern);
    }
    return new PhoneNumber(country, number, mobile);
  }
}
