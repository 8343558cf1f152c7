package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A family name with its feminine form where the language inflects it (Ivanov, Ivanova). */
record FamilyName(NameEntry male, NameEntry female) {
  FamilyName {
    requireNonNull(male, "male is null");
    requireNonNull(female, "female is null");
  }

  NameEntry forSex(Sex sex) {
    return sex == Sex.F ? female : male;
  }
}
