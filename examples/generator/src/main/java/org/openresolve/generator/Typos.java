package org.openresolve.generator;

/**
 * The slips of a typist (a neighbouring key on a QWERTY keyboard, two letters swapped, one dropped
 * or doubled) and of OCR on scanned forms (rn read as m, l as 1, O as 0). Each call makes one edit.
 */
final class Typos {
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final String[][] OCR = {
    {"rn", "m"},
    {"m", "rn"},
    {"cl", "d"},
    {"d", "cl"},
    {"l", "1"},
    {"I", "l"},
    {"O", "0"},
    {"o", "0"},
    {"S", "5"},
    {"B", "8"},
    {"e", "c"},
    {"h", "b"},
    {"u", "ii"},
    {"vv", "w"},
    {"i", "1"},
    {"n", "ri"}
  };
  private final Dice dice;

  Typos(Dice dice) {
    this.dice = dice;
  }

  String typo(String text) {
    if (text.length() < 3) {
      return text;
    }
    // Typists rarely get the first letter wrong, and matchers often block on it.
    int i = dice.chance(0.9) ? dice.between(1, text.length() - 1) : 0;
    char c = text.charAt(i);
    return switch (dice.below(4)) {
      case 0 -> {
        char neighbour = neighbour(c);
        yield neighbour == 0
            ? delete(text, i)
            : text.substring(0, i) + neighbour + text.substring(i + 1);
      }
      case 1 ->
          i + 1 < text.length()
              ? text.substring(0, i) + text.charAt(i + 1) + c + text.substring(i + 2)
              : text.substring(0, i - 1) + c + text.charAt(i - 1);
      case 2 -> delete(text, i);
      default -> text.substring(0, i + 1) + c + text.substring(i + 1);
    };
  }

  String ocr(String text) {
    int start = dice.below(OCR.length);
    for (int k = 0; k < OCR.length; k++) {
      String[] pair = OCR[(start + k) % OCR.length];
      int at = text.indexOf(pair[0], text.length() > 1 ? 1 : 0);
      if (at >= 0) {
        return text.substring(0, at) + pair[1] + text.substring(at + pair[0].length());
      }
    }
    return text;
  }

  /** A different character of the same kind (digit for digit, letter for letter) at one place. */
  String substitute(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int i = dice.below(text.length());
    char c = text.charAt(i);
    char replacement;
    if (Character.isDigit(c)) {
      replacement = (char) ('0' + (c - '0' + dice.between(1, 9)) % 10);
    } else if (c >= 'A' && c <= 'Z') {
      replacement = (char) ('A' + (c - 'A' + dice.between(1, 25)) % 26);
    } else if (c >= 'a' && c <= 'z') {
      replacement = (char) ('a' + (c - 'a' + dice.between(1, 25)) % 26);
    } else {
      return text;
    }
    return text.substring(0, i) + replacement + text.substring(i + 1);
  }

  private static String delete(String text, int i) {
    return text.substring(0, i) + text.substring(i + 1);
  }

  private char neighbour(char c) {
    char lower = Character.toLowerCase(c);
    for (String row : ROWS) {
      int at = row.indexOf(lower);
      if (at >= 0) {
        int next = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (dice.chance(0.5) ? 1 : -1);
        char n = row.charAt(next);
        return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
      }
    }
    return 0;
  }
}
