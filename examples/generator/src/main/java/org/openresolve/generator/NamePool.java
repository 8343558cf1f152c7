package org.openresolve.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The name lists of one culture, loaded from {@code names/<culture>/}:
 *
 * <ul>
 *   <li>{@code given.txt}: {@code sex|weight|original|romanisations|nicknames[|son
 *       patronymic|daughter patronymic]}, a patronymic written {@code
 *       original:romanisation;romanisation}
 *   <li>{@code family.txt}: {@code weight|original|romanisations[|feminine original|feminine
 *       romanisations]}
 *   <li>{@code middle.txt} (optional): {@code sex|weight|original|romanisations}
 * </ul>
 *
 * Weights follow real frequencies roughly, so that John Smith and Mohammed Ali recur.
 */
final class NamePool {
  private final WeightedList<GivenName> male;
  private final WeightedList<GivenName> female;
  private final WeightedList<FamilyName> family;
  private final WeightedList<NameEntry> middleMale;
  private final WeightedList<NameEntry> middleFemale;

  private NamePool(
      WeightedList<GivenName> male,
      WeightedList<GivenName> female,
      WeightedList<FamilyName> family,
      WeightedList<NameEntry> middleMale,
      WeightedList<NameEntry> middleFemale) {
    this.male = male;
    this.female = female;
    this.family = family;
    this.middleMale = middleMale;
    this.middleFemale = middleFemale;
  }

  static NamePool load(Culture culture, double skew) {
    String dir = "names/" + culture.directory() + "/";
    List<GivenName> men = new ArrayList<>();
    List<Double> menWeights = new ArrayList<>();
    List<GivenName> women = new ArrayList<>();
    List<Double> womenWeights = new ArrayList<>();
    for (String line : ResourceLines.read(dir + "given.txt")) {
      List<String> c = cells(line, 5, dir + "given.txt");
      GivenName given =
          new GivenName(
              NameEntry.parse(c.get(2), c.get(3), c.get(4)), patronymic(c, 5), patronymic(c, 6));
      boolean isMale = c.get(0).equals("M");
      (isMale ? men : women).add(given);
      (isMale ? menWeights : womenWeights).add(Double.parseDouble(c.get(1)));
    }
    List<FamilyName> families = new ArrayList<>();
    List<Double> familyWeights = new ArrayList<>();
    for (String line : ResourceLines.read(dir + "family.txt")) {
      List<String> c = cells(line, 3, dir + "family.txt");
      NameEntry masculine = NameEntry.parse(c.get(1), c.get(2), "");
      NameEntry feminine =
          c.size() > 3 && !c.get(3).isEmpty()
              ? NameEntry.parse(c.get(3), c.size() > 4 ? c.get(4) : "", "")
              : masculine;
      families.add(new FamilyName(masculine, feminine));
      familyWeights.add(Double.parseDouble(c.get(0)));
    }
    WeightedList<NameEntry> middleMale = null;
    WeightedList<NameEntry> middleFemale = null;
    if (culture.middleStyle() == MiddleStyle.LEADING) {
      middleMale = middles(dir + "middle.txt", "M").sharpened(skew);
      middleFemale = middles(dir + "middle.txt", "F").sharpened(skew);
    }
    return new NamePool(
        new WeightedList<>(men, menWeights).sharpened(skew),
        new WeightedList<>(women, womenWeights).sharpened(skew),
        new WeightedList<>(families, familyWeights).sharpened(skew),
        middleMale,
        middleFemale);
  }

  GivenName given(Sex sex, Dice dice) {
    return switch (sex) {
      case M -> male.pick(dice);
      case F -> female.pick(dice);
      case X -> (dice.chance(0.5) ? male : female).pick(dice);
    };
  }

  FamilyName family(Dice dice) {
    return family.pick(dice);
  }

  /** A middle name from the culture's own list (only for {@link MiddleStyle#LEADING}). */
  NameEntry listedMiddle(Sex sex, Dice dice) {
    return (sex == Sex.F ? middleFemale : middleMale).pick(dice);
  }

  private static WeightedList<NameEntry> middles(String resource, String sex) {
    List<NameEntry> entries = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String line : ResourceLines.read(resource)) {
      List<String> c = cells(line, 4, resource);
      if (c.get(0).equals(sex) || c.get(0).equals("*")) {
        entries.add(NameEntry.parse(c.get(2), c.get(3), ""));
        weights.add(Double.parseDouble(c.get(1)));
      }
    }
    return new WeightedList<>(entries, weights);
  }

  private static NameEntry patronymic(List<String> cells, int index) {
    if (cells.size() <= index || cells.get(index).isEmpty()) {
      return null;
    }
    List<String> parts = ResourceLines.cells(cells.get(index), ':');
    return NameEntry.parse(parts.get(0), parts.size() > 1 ? parts.get(1) : "", "");
  }

  private static List<String> cells(String line, int minimum, String resource) {
    List<String> cells = ResourceLines.cells(line, '|');
    if (cells.size() < minimum) {
      throw new IllegalStateException(
          resource + ": expected at least " + minimum + " cells in '" + line + "'");
    }
    return cells;
  }
}
