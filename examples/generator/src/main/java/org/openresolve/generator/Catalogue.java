package org.openresolve.generator;

import java.util.EnumMap;
import java.util.Map;

/** Everything the generator reads from its resources, loaded once per run. */
final class Catalogue {
  private final Map<Culture, NamePool> names = new EnumMap<>(Culture.class);
  private final CountryBook countries;
  private final PlatformBook platforms;
  private final SourceTexts texts;

  Catalogue(double nameSkew) {
    for (Culture culture : Culture.values()) {
      names.put(culture, NamePool.load(culture, nameSkew));
    }
    this.countries = CountryBook.load();
    this.platforms = PlatformBook.load();
    this.texts = SourceTexts.load();
  }

  NamePool names(Culture culture) {
    return names.get(culture);
  }

  CountryBook countries() {
    return countries;
  }

  PlatformBook platforms() {
    return platforms;
  }

  SourceTexts texts() {
    return texts;
  }
}
