package org.openresolve.generator;

import java.util.List;

/** Ways of writing the same thing, the usual one first (High Street, High St, HIGH ST). */
record Variants(List<String> forms) {
  Variants {
    forms = List.copyOf(forms);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("no forms");
    }
  }

  static Variants parse(String text) {
    return new Variants(ResourceLines.list(text, '/'));
  }

  String canonical() {
    return forms.get(0);
  }

  /** The usual form, or with probability {@code variance} another one. */
  String pick(Dice dice, double variance) {
    if (forms.size() == 1 || !dice.chance(variance)) {
      return forms.get(0);
    }
    return forms.get(1 + dice.below(forms.size() - 1));
  }
}
