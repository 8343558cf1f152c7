package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/**
 * One part of a person's true name and the romanisation the person uses (on their passport, say);
 * records mostly use it and sometimes another.
 */
record NamePart(NameEntry entry, int preferred) {
  NamePart {
    requireNonNull(entry, "entry is null");
    if (preferred < 0 || preferred >= entry.romanisations().size()) {
      throw new IllegalArgumentException(
          "no romanisation " + preferred + " of " + entry.original());
    }
  }

  static NamePart of(NameEntry entry, Dice dice) {
    // Most people use the usual romanisation; a few settled on another one long ago.
    int size = entry.romanisations().size();
    return new NamePart(entry, size > 1 && dice.chance(0.25) ? 1 + dice.below(size - 1) : 0);
  }

  String romanised() {
    return entry.romanisations().get(preferred);
  }
}
