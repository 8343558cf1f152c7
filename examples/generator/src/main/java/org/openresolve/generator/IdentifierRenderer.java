package org.openresolve.generator;

import java.util.Locale;

/**
 * Writes an identifier with the damage of real records: spaces or dashes inside the value ({@code
 * 75 3912345}), lower case, leading zeros lost to a spreadsheet, a one-character typo, the issuer
 * given as alpha-3 or left empty.
 */
final class IdentifierRenderer {
  private final DifficultyProfile profile;
  private final Dice dice;
  private final Typos typos;

  IdentifierRenderer(DifficultyProfile profile, Dice dice) {
    this.profile = profile;
    this.dice = dice;
    this.typos = new Typos(dice);
  }

  RenderedIdentifier render(IdentifierValue id) {
    String value = id.value();
    if (dice.chance(profile.identifierTypo())) {
      value = typos.substitute(value);
    }
    if (dice.chance(profile.identifierNoise())) {
      value = noise(value);
    }
    int issuer = dice.below(100);
    String country = issuer < 8 ? "" : issuer < 12 ? id.issuer().alpha3() : id.issuer().alpha2();
    return new RenderedIdentifier(id.type().name(), country, value);
  }

  private String noise(String value) {
    return switch (dice.below(4)) {
      case 0 -> spaced(value, dice.between(2, 4), " ");
      case 1 -> spaced(value, 3, "-");
      case 2 ->
          value.toLowerCase(Locale.ROOT).equals(value)
              ? spaced(value, 4, " ")
              : value.toLowerCase(Locale.ROOT);
      default -> leadingZeroNumber(value) ? dropLeadingZeros(value) : " " + value.replace(" ", "");
    };
  }

  /** Digits only, starting with 0: a spreadsheet would read it as a number and lose the zeros. */
  private static boolean leadingZeroNumber(String value) {
    if (value.length() < 2 || value.charAt(0) != '0') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String dropLeadingZeros(String value) {
    int i = 0;
    while (i < value.length() - 1 && value.charAt(i) == '0') {
      i++;
    }
    return value.substring(i);
  }

  private static String spaced(String value, int every, String separator) {
    String plain = value.replace(" ", "").replace("-", "");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && i % every == 0) {
        out.append(separator);
      }
      out.append(plain.charAt(i));
    }
    return out.toString();
  }
}
