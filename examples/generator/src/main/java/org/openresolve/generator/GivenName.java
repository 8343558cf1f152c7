package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/**
 * A given name with, where the culture forms them, the patronymics a son and a daughter derive from
 * it (Sergei gives Sergeyevich and Sergeyevna).
 */
record GivenName(NameEntry name, NameEntry sonPatronymic, NameEntry daughterPatronymic) {
  GivenName {
    requireNonNull(name, "name is null");
  }

  /** The patronymic of a child of this name's bearer, or null when the culture has none. */
  NameEntry patronymicFor(Sex childSex) {
    return childSex == Sex.F ? daughterPatronymic : sonPatronymic;
  }
}
