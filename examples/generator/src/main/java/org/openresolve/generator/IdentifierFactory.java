package org.openresolve.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issues identifiers from a country's patterns. Four patterns are computed rather than random,
 * because their real counterparts embed the holder's data and check digits: {@code {DNI}} (Spanish
 * DNI, mod-23 letter), {@code {PESEL}} (Polish, birth date and sex), {@code {CNID}} (Chinese
 * resident id, birth date and ISO 7064 check) and {@code {DVLA}} (British driving licence, built
 * from surname, birth date, sex and initials).
 */
final class IdentifierFactory {
  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  private static final int[] CNID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private final Dice dice;
  private final UniqueValues issued;

  IdentifierFactory(Dice dice, UniqueValues issued) {
    this.dice = dice;
    this.issued = issued;
  }

  /**
   * The identifiers a person holds: often a passport of their first nationality, sometimes a
   * national id, and documents of their country of residence (driving licence, tax and police ids).
   */
  List<IdentifierValue> forPerson(
      TrueName name, LocalDate birth, List<Country> nationalities, Country residence) {
    String surname = name.family().get(0).romanised();
    String initials =
        name.given().romanised().substring(0, 1)
            + (name.middle() == null ? "" : name.middle().romanised().substring(0, 1));
    List<IdentifierValue> ids = new ArrayList<>();
    add(
        ids,
        0.75,
        IdentifierType.PASSPORT,
        nationalities.get(0),
        birth,
        name.sex(),
        surname,
        initials);
    add(
        ids,
        0.5,
        IdentifierType.NATIONAL_ID,
        nationalities.get(nationalities.size() - 1),
        birth,
        name.sex(),
        surname,
        initials);
    add(ids, 0.35, IdentifierType.DRIVING_LICENCE, residence, birth, name.sex(), surname, initials);
    add(ids, 0.2, IdentifierType.TAX_ID, residence, birth, name.sex(), surname, initials);
    add(ids, 0.3, IdentifierType.POLICE_ID, residence, birth, name.sex(), surname, initials);
    return ids;
  }

  private void add(
      List<IdentifierValue> ids,
      double probability,
      IdentifierType type,
      Country issuer,
      LocalDate birth,
      Sex sex,
      String surname,
      String initials) {
    if (dice.chance(probability)) {
      IdentifierValue id = issue(type, issuer, birth, sex, surname, initials);
      if (id != null) {
        ids.add(id);
      }
    }
  }

  /** An identifier of {@code type} issued by {@code issuer}, or null if it issues none we model. */
  IdentifierValue issue(
      IdentifierType type,
      Country issuer,
      LocalDate birth,
      Sex sex,
      String surname,
      String initials) {
    String pattern = issuer.identifierPattern(type);
    if (pattern == null) {
      return null;
    }
    String value = draw(pattern, birth, sex, surname, initials);
    // Two people never hold the same document number; the random part is drawn again if taken.
    for (int tries = 0;
        tries < 20 && !issued.claim(type + ":" + issuer.alpha2() + ":" + value);
        tries++) {
      value = draw(pattern, birth, sex, surname, initials);
    }
    return new IdentifierValue(type, issuer, value);
  }

  private String draw(String pattern, LocalDate birth, Sex sex, String surname, String initials) {
    return switch (pattern) {
      case "{DNI}" -> dni();
      case "{PESEL}" -> pesel(birth, sex);
      case "{CNID}" -> chineseId(birth, sex);
      case "{DVLA}" -> dvla(surname, birth, sex, initials);
      default -> dice.pattern(pattern);
    };
  }

  private String dni() {
    int number = dice.between(10_000_000, 79_999_999);
    return number + String.valueOf(DNI_LETTERS.charAt(number % 23));
  }

  private String pesel(LocalDate birth, Sex sex) {
    int month = birth.getMonthValue() + (birth.getYear() >= 2000 ? 20 : 0);
    StringBuilder s =
        new StringBuilder()
            .append(twoDigits(birth.getYear() % 100))
            .append(twoDigits(month))
            .append(twoDigits(birth.getDayOfMonth()))
            .append(dice.pattern("###"));
    int sexDigit = dice.below(5) * 2 + (sex == Sex.F ? 0 : 1);
    s.append(sexDigit);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (s.charAt(i) - '0') * PESEL_WEIGHTS[i];
    }
    return s.append((10 - sum % 10) % 10).toString();
  }

  private String chineseId(LocalDate birth, Sex sex) {
    StringBuilder s =
        new StringBuilder(dice.pattern("[1234567]#####"))
            .append(birth.getYear())
            .append(twoDigits(birth.getMonthValue()))
            .append(twoDigits(birth.getDayOfMonth()))
            .append(dice.pattern("##"));
    s.append(dice.below(5) * 2 + (sex == Sex.F ? 0 : 1));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * CNID_WEIGHTS[i];
    }
    return s.append("10X98765432".charAt(sum % 11)).toString();
  }

  private String dvla(String surname, LocalDate birth, Sex sex, String initials) {
    StringBuilder s = new StringBuilder((letters(surname) + "99999").substring(0, 5));
    int year = birth.getYear() % 100;
    int month = birth.getMonthValue() + (sex == Sex.F ? 50 : 0);
    s.append(year / 10)
        .append(twoDigits(month))
        .append(twoDigits(birth.getDayOfMonth()))
        .append(year % 10);
    s.append((letters(initials) + "99").substring(0, 2));
    return s.append('9').append(dice.pattern("??")).toString();
  }

  /** The Latin letters of a name in capitals, as the DVLA writes it (O'Brien: OBRIEN). */
  private static String letters(String name) {
    String plain = Diacritics.strip(name).toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
