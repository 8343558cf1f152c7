package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One name as a culture writes it: the original script, its romanisations (the first the most
 * usual) and its hypocorisms.
 */
record NameEntry(String original, List<String> romanisations, List<String> nicknames) {
  NameEntry {
    requireNonNull(original, "original is null");
    // Duplicates would only skew which variant is drawn.
    romanisations =
        List.copyOf(
            new LinkedHashSet<>(romanisations.isEmpty() ? List.of(original) : romanisations));
    nicknames = List.copyOf(new LinkedHashSet<>(nicknames));
  }

  /** Parses {@code original|romanisation;romanisation|nickname;nickname}, the last two optional. */
  static NameEntry parse(String original, String romanisations, String nicknames) {
    return new NameEntry(
        original, ResourceLines.list(romanisations, ';'), ResourceLines.list(nicknames, ';'));
  }
}
