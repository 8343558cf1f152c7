package org.openresolve.generator;

import java.util.List;

/**
 * A naming culture: where its name lists live, how names are ordered and extended, and the
 * countries its people come from with their weights ({@code "RU:85 LV:15"}).
 */
enum Culture {
  ENGLISH(
      "english",
      20,
      NameOrder.GIVEN_FIRST,
      MiddleStyle.SECOND_GIVEN,
      false,
      1,
      true,
      "GB:70 IE:12 US:18"),
  RUSSIAN(
      "russian", 9, NameOrder.GIVEN_FIRST, MiddleStyle.PATRONYMIC, true, 1, true, "RU:85 LV:15"),
  UKRAINIAN("ukrainian", 6, NameOrder.GIVEN_FIRST, MiddleStyle.PATRONYMIC, true, 1, true, "UA:100"),
  ARABIC(
      "arabic",
      11,
      NameOrder.GIVEN_FIRST,
      MiddleStyle.NASAB,
      true,
      1,
      false,
      "EG:20 SY:25 IQ:20 MA:15 SA:8 LB:12"),
  CHINESE("chinese", 6, NameOrder.FAMILY_FIRST, MiddleStyle.NONE, true, 1, false, "CN:100"),
  GREEK("greek", 4, NameOrder.GIVEN_FIRST, MiddleStyle.NONE, true, 1, true, "GR:100"),
  SPANISH(
      "spanish",
      7,
      NameOrder.GIVEN_FIRST,
      MiddleStyle.SECOND_GIVEN,
      false,
      2,
      false,
      "ES:60 MX:40"),
  TURKISH("turkish", 6, NameOrder.GIVEN_FIRST, MiddleStyle.SECOND_GIVEN, false, 1, true, "TR:100"),
  ALBANIAN(
      "albanian", 5, NameOrder.GIVEN_FIRST, MiddleStyle.FATHERS_NAME, false, 1, true, "AL:100"),
  VIETNAMESE(
      "vietnamese", 4, NameOrder.FAMILY_FIRST, MiddleStyle.LEADING, false, 1, false, "VN:100"),
  POLISH("polish", 6, NameOrder.GIVEN_FIRST, MiddleStyle.SECOND_GIVEN, false, 1, true, "PL:100"),
  GERMAN("german", 5, NameOrder.GIVEN_FIRST, MiddleStyle.SECOND_GIVEN, false, 1, true, "DE:100"),
  FRENCH(
      "french", 5, NameOrder.GIVEN_FIRST, MiddleStyle.SECOND_GIVEN, false, 1, true, "FR:80 BE:20"),
  ITALIAN("italian", 5, NameOrder.GIVEN_FIRST, MiddleStyle.SECOND_GIVEN, false, 1, true, "IT:100"),
  SOUTH_ASIAN(
      "southasian",
      6,
      NameOrder.GIVEN_FIRST,
      MiddleStyle.SECOND_GIVEN,
      false,
      1,
      true,
      "PK:60 IN:40");

  private final String directory;
  private final double weight;
  private final NameOrder order;
  private final MiddleStyle middleStyle;
  private final boolean nonLatinScript;
  private final int surnames;
  private final boolean wifeTakesName;
  private final String homeCountries;

  Culture(
      String directory,
      double weight,
      NameOrder order,
      MiddleStyle middleStyle,
      boolean nonLatinScript,
      int surnames,
      boolean wifeTakesName,
      String homeCountries) {
    this.directory = directory;
    this.weight = weight;
    this.order = order;
    this.middleStyle = middleStyle;
    this.nonLatinScript = nonLatinScript;
    this.surnames = surnames;
    this.wifeTakesName = wifeTakesName;
    this.homeCountries = homeCountries;
  }

  String directory() {
    return directory;
  }

  double weight() {
    return weight;
  }

  NameOrder order() {
    return order;
  }

  MiddleStyle middleStyle() {
    return middleStyle;
  }

  /** Whether the original script is other than Latin (Cyrillic, Arabic, Han, Greek). */
  boolean nonLatinScript() {
    return nonLatinScript;
  }

  /** Family names a person inherits: 2 for Spanish paternal + maternal surnames. */
  int surnames() {
    return surnames;
  }

  boolean wifeTakesName() {
    return wifeTakesName;
  }

  /** Home countries as {@code alpha2:weight} pairs. */
  List<String> homeCountries() {
    return ResourceLines.list(homeCountries, ' ');
  }
}
