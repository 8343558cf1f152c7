package org.openresolve.generator;

import java.util.List;

/**
 * Writes a phone number in one of the ways people and systems do: E.164, international with spaces,
 * dashes, 00 or the British "(0)", national with the trunk prefix (0, or 8 in Russia) and the
 * country's grouping, bare digits, dotted. Mostly the country's usual forms; at higher difficulty
 * any form.
 */
final class PhoneRenderer {
  private final DifficultyProfile profile;
  private final Dice dice;

  PhoneRenderer(DifficultyProfile profile, Dice dice) {
    this.profile = profile;
    this.dice = dice;
  }

  String render(PhoneNumber phone) {
    PhonePlan plan = phone.country().phones();
    String nsn = phone.nationalNumber();
    List<Integer> groups = phone.mobile() ? plan.mobileGroups() : plan.landlineGroups();
    String cc = plan.callingCode();
    String trunk = plan.trunk();
    int style = dice.chance(profile.phoneStyleNoise()) ? dice.below(10) : dice.chance(0.5) ? 0 : 5;
    return switch (style) {
      case 0 -> "+" + cc + nsn;
      case 1 -> "+" + cc + " " + group(nsn, groups, " ");
      case 2 -> "+" + cc + "-" + group(nsn, groups, "-");
      case 3 -> "00" + cc + " " + group(nsn, groups, " ");
      case 4 ->
          trunk.isEmpty()
              ? "00" + cc + nsn
              : "+" + cc + " (" + trunk + ")" + group(nsn, groups, " ");
      case 5 -> national(nsn, groups, trunk);
      case 6 -> trunk + nsn;
      case 7 -> nsn;
      case 8 -> trunk + group(nsn, groups, ".");
      default ->
          "+"
              + cc
              + " ("
              + nsn.substring(0, groups.get(0))
              + ") "
              + group(nsn.substring(groups.get(0)), groups.subList(1, groups.size()), "-");
    };
  }

  private static String national(String nsn, List<Integer> groups, String trunk) {
    if (trunk.equals("8")) {
      // Russian habit: 8 (916) 123-45-67.
      return "8 ("
          + nsn.substring(0, groups.get(0))
          + ") "
          + group(nsn.substring(groups.get(0)), groups.subList(1, groups.size()), "-");
    }
    return trunk + group(nsn, groups, " ");
  }

  /** Digits split into groups of the given sizes; a remainder joins the last group. */
  static String group(String digits, List<Integer> sizes, String separator) {
    StringBuilder out = new StringBuilder(digits.length() + sizes.size());
    int at = 0;
    for (int i = 0; i < sizes.size() && at < digits.length(); i++) {
      int end =
          i == sizes.size() - 1 ? digits.length() : Math.min(digits.length(), at + sizes.get(i));
      if (at > 0) {
        out.append(separator);
      }
      out.append(digits, at, end);
      at = end;
    }
    if (at < digits.length()) {
      out.append(separator).append(digits, at, digits.length());
    }
    return out.toString();
  }
}
