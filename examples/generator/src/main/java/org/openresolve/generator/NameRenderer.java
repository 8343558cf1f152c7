package org.openresolve.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a true name the way one record would: a romanisation (mostly the person's own), perhaps a
 * nickname, middle name dropped or cut to an initial, diacritics dropped, a typo or OCR error,
 * given and family swapped, family in capitals, and one of the full-name forms of the culture.
 */
final class NameRenderer {
  private final DifficultyProfile profile;
  private final Dice dice;
  private final Typos typos;

  NameRenderer(DifficultyProfile profile, Dice dice) {
    this.profile = profile;
    this.dice = dice;
    this.typos = new Typos(dice);
  }

  /**
   * The name as one record writes it; {@code allowForeignScript} lets parts stay in the original
   * script.
   */
  RenderedName render(TrueName name, boolean allowForeignScript) {
    Culture culture = name.culture();
    if (allowForeignScript && culture.nonLatinScript() && dice.chance(profile.foreignScript())) {
      String original = original(name);
      String middle = name.middle() == null ? null : name.middle().entry().original();
      String family = join(name.family().stream().map(p -> p.entry().original()).toList());
      return new RenderedName(
          join(name.given().entry().original(), middle), family, original, original);
    }
    String given = spell(name.given());
    List<String> nicknames = name.given().entry().nicknames();
    if (!nicknames.isEmpty() && dice.chance(profile.nickname())) {
      given = dice.pick(nicknames);
    }
    String middle =
        name.middle() == null || dice.chance(profile.dropMiddle()) ? null : middle(name);
    String family = family(name);
    if (dice.chance(profile.stripDiacritics())) {
      given = Diacritics.strip(given);
      middle = middle == null ? null : Diacritics.strip(middle);
      family = Diacritics.strip(family);
    }
    if (dice.chance(profile.typo())) {
      if (dice.chance(0.5)) {
        given = typos.typo(given);
      } else {
        family = typos.typo(family);
      }
    }
    if (dice.chance(profile.ocr())) {
      family = typos.ocr(family);
    }
    if (middle != null && culture.middleStyle() != MiddleStyle.NASAB && dice.chance(0.25)) {
      middle = initial(middle);
    }
    if (dice.chance(profile.initials())) {
      given = initial(given);
    }
    String givenField =
        culture.middleStyle() == MiddleStyle.LEADING ? join(middle, given) : join(given, middle);
    String familyField = dice.chance(0.3) ? family.toUpperCase(Locale.ROOT) : family;
    if (dice.chance(profile.swapParts())) {
      String swapped = givenField;
      givenField = familyField;
      familyField = swapped;
    }
    String suffix = name.suffix().isEmpty() || dice.chance(0.4) ? "" : name.suffix();
    String full = full(culture, givenField, familyField);
    if (!suffix.isEmpty()) {
      full = full + " " + suffix;
      if (dice.chance(0.3)) {
        familyField = familyField + " " + suffix;
      }
    }
    return new RenderedName(givenField, familyField, full, original(name));
  }

  /** The full name in its original script and the culture's own order. */
  String original(TrueName name) {
    String given = name.given().entry().original();
    String middle = name.middle() == null ? null : name.middle().entry().original();
    String family = join(name.family().stream().map(p -> p.entry().original()).toList());
    return switch (name.culture()) {
      case CHINESE -> family + given;
      case VIETNAMESE -> join(family, join(middle, given));
      case ARABIC ->
          join(
              given,
              join(
                  middle == null ? null : name.sex() == Sex.F ? "بنت " + middle : "بن " + middle,
                  family));
      case RUSSIAN, UKRAINIAN ->
          dice.chance(0.5) ? join(family, join(given, middle)) : join(join(given, middle), family);
      default -> join(join(given, middle), family);
    };
  }

  /**
   * Other names a record lists for the person: their other true names (maiden name, false
   * identity), a nickname with or without the family name, another romanisation.
   */
  List<String> aliases(Person person, TrueName used, boolean bareNicknames) {
    Set<String> aliases = new LinkedHashSet<>();
    List<TrueName> others = new ArrayList<>(person.otherNames());
    if (used != person.name()) {
      others.add(person.name());
      others.remove(used);
    }
    for (TrueName other : others) {
      if (dice.chance(0.6)) {
        aliases.add(join(spell(other.given()), family(other)));
      }
    }
    List<String> nicknames = used.given().entry().nicknames();
    if (!nicknames.isEmpty() && dice.chance(0.2 + profile.nickname())) {
      String nickname = dice.pick(nicknames);
      aliases.add(
          bareNicknames && dice.chance(0.5)
              ? nickname
              : join(nickname, spell(used.family().get(0))));
    }
    if (dice.chance(profile.nameVariant())) {
      aliases.add(join(other(used.given()), other(used.family().get(0))));
    }
    return List.copyOf(aliases);
  }

  private String full(Culture culture, String given, String family) {
    int form = dice.below(100);
    if (culture.order() == NameOrder.FAMILY_FIRST) {
      return form < 50
          ? join(family, given)
          : form < 80 ? join(given, family) : family.toUpperCase(Locale.ROOT) + ", " + given;
    }
    if (culture.middleStyle() == MiddleStyle.PATRONYMIC && form < 15) {
      // The formal Russian order: Ivanov Aleksandr Sergeyevich.
      return join(family, given);
    }
    return form < 60
        ? join(given, family)
        : form < 92 ? family.toUpperCase(Locale.ROOT) + ", " + given : join(family, given);
  }

  private String middle(TrueName name) {
    String middle = spell(name.middle());
    if (name.culture().middleStyle() != MiddleStyle.NASAB) {
      return middle;
    }
    if (name.sex() == Sex.F) {
      return "bint " + middle;
    }
    int connector = dice.below(100);
    return connector < 50
        ? "bin " + middle
        : connector < 75 ? "ibn " + middle : connector < 85 ? "ben " + middle : middle;
  }

  /**
   * Family name parts joined; Spanish double surnames come whole, hyphenated or cut to the first.
   */
  private String family(TrueName name) {
    if (name.family().size() == 1) {
      return spell(name.family().get(0));
    }
    String first = spell(name.family().get(0));
    String second = spell(name.family().get(1));
    int form = dice.below(100);
    return form < 55
        ? first + " " + second
        : form < 70 ? first + "-" + second : form < 95 ? first : first + " y " + second;
  }

  private String spell(NamePart part) {
    return dice.chance(profile.nameVariant()) ? other(part) : part.romanised();
  }

  /** A romanisation other than the person's own, where there is one. */
  private String other(NamePart part) {
    List<String> forms = part.entry().romanisations();
    if (forms.size() == 1) {
      return forms.get(0);
    }
    int i = dice.below(forms.size() - 1);
    return forms.get(i >= part.preferred() ? i + 1 : i);
  }

  private static String initial(String name) {
    return name.isEmpty() ? name : name.substring(0, name.offsetByCodePoints(0, 1)) + ".";
  }

  private static String join(String first, String second) {
    if (first == null || first.isEmpty()) {
      return second == null ? "" : second;
    }
    return second == null || second.isEmpty() ? first : first + " " + second;
  }

  private static String join(List<String> parts) {
    return String.join(" ", parts);
  }
}
