package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A name as the person really holds it.
 *
 * @param middle a second given name, patronymic or father's name, or null
 * @param family one part, or two for Spanish paternal and maternal surnames
 * @param suffix {@code Jr.}, {@code Sr.} or empty
 */
record TrueName(
    Culture culture,
    Sex sex,
    NamePart given,
    NamePart middle,
    List<NamePart> family,
    String suffix) {
  TrueName {
    requireNonNull(culture, "culture is null");
    requireNonNull(sex, "sex is null");
    requireNonNull(given, "given is null");
    requireNonNull(suffix, "suffix is null");
    family = List.copyOf(family);
    if (family.isEmpty()) {
      throw new IllegalArgumentException("a true name needs a family name");
    }
  }

  TrueName withSuffix(String newSuffix) {
    return new TrueName(culture, sex, given, middle, family, newSuffix);
  }

  TrueName withFamily(List<NamePart> newFamily) {
    return new TrueName(culture, sex, given, middle, newFamily, suffix);
  }
}
