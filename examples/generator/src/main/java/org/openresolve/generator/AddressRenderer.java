package org.openresolve.generator;

import java.util.Locale;

/**
 * Writes an address from its country's format ({@code [Flat {flat}, ]{n} {street}, {city}[
 * {zip}]}): bracketed parts are optional and dropped now and then, streets and cities take their
 * other spellings (St for Street, Moskva or Москва for Moscow), and some clerks write in capitals.
 */
final class AddressRenderer {
  private final Dice dice;

  AddressRenderer(Dice dice) {
    this.dice = dice;
  }

  String render(Address address) {
    String format = address.country().addressFormat();
    StringBuilder out = new StringBuilder(64);
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c == '[') {
        int end = format.indexOf(']', i);
        String segment = format.substring(i + 1, end);
        if (keep(segment, address)) {
          out.append(fill(segment, address));
        }
        i = end + 1;
      } else {
        int next = format.indexOf('[', i);
        int end = next < 0 ? format.length() : next;
        out.append(fill(format.substring(i, end), address));
        i = end;
      }
    }
    String text = out.toString();
    return dice.chance(0.05) ? text.toUpperCase(Locale.ROOT) : text;
  }

  private boolean keep(String segment, Address address) {
    if (segment.contains("{flat}")) {
      return address.flat() != null && dice.chance(0.85);
    }
    return dice.chance(segment.contains("{country}") ? 0.25 : 0.75);
  }

  private String fill(String text, Address address) {
    String filled = text;
    if (filled.contains("{n}")) {
      filled = filled.replace("{n}", Integer.toString(address.number()));
    }
    if (filled.contains("{street}")) {
      filled = filled.replace("{street}", address.street().pick(dice, 0.3));
    }
    if (filled.contains("{flat}")) {
      filled = filled.replace("{flat}", address.flat() == null ? "" : address.flat());
    }
    if (filled.contains("{city}")) {
      filled = filled.replace("{city}", address.city().names().pick(dice, 0.2));
    }
    if (filled.contains("{zip}")) {
      filled = filled.replace("{zip}", address.zip());
    }
    if (filled.contains("{country}")) {
      filled = filled.replace("{country}", address.country().name());
    }
    return filled;
  }
}
