package org.openresolve.generator;

import java.util.List;

/**
 * How hard the generated data is to resolve: the amount of noise in each record and the share of
 * hard negatives (relatives, namesakes, twins, shared burner phones and safe houses).
 */
public enum Difficulty {
  /** Little noise, few relatives: a smoke test for a matcher. */
  EASY,
  /** Noise and hard negatives in the proportions of a typical multi-agency export. */
  NORMAL,
  /** Heavy noise, many relatives and shared contacts, skewed name frequencies. */
  HARD;

  /** Parses a command-line value such as {@code hard}, ignoring case. */
  public static Difficulty parse(String text) {
    for (Difficulty d : values()) {
      if (d.name().equalsIgnoreCase(text.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException("difficulty must be easy, normal or hard: '" + text + "'");
  }

  DifficultyProfile profile() {
    // Positional, in the order of DifficultyProfile's components; each row is one group of them.
    return switch (this) {
      case EASY ->
          new DifficultyProfile(
              // names: variant, nickname, typo, ocr, swap, initials, drop middle, strip diacritics,
              // foreign script, other name, false identity
              0.05,
              0.03,
              0.02,
              0.0,
              0.01,
              0.02,
              0.3,
              0.3,
              0.0,
              0.0,
              0.01,
              // fields: missing, partial date, day/month swap, year off by one, day typo
              0.05,
              0.03,
              0.01,
              0.01,
              0.01,
              // sex error, phone style, identifier noise, identifier typo, e-mail case
              0.002,
              0.2,
              0.05,
              0.005,
              0.05,
              // hard negatives: household, namesake, twins, burner, safe house, name skew
              0.08,
              0.10,
              0.05,
              0.003,
              0.003,
              0.8,
              // weights of a person having 1, 2, 3 ... records
              List.of(40.0, 30.0, 16.0, 8.0, 4.0, 2.0));
      case NORMAL ->
          new DifficultyProfile(
              0.15,
              0.08,
              0.06,
              0.02,
              0.03,
              0.05,
              0.5,
              0.5,
              0.02,
              0.04,
              0.04,
              0.15,
              0.08,
              0.03,
              0.03,
              0.02,
              0.01,
              0.5,
              0.15,
              0.02,
              0.15,
              0.18,
              0.20,
              0.10,
              0.015,
              0.015,
              1.0,
              List.of(45.0, 25.0, 14.0, 8.0, 4.0, 2.0, 1.0, 1.0));
      case HARD ->
          new DifficultyProfile(
              0.30,
              0.15,
              0.14,
              0.05,
              0.07,
              0.10,
              0.6,
              0.6,
              0.06,
              0.10,
              0.08,
              0.28,
              0.15,
              0.06,
              0.06,
              0.04,
              0.025,
              0.8,
              0.30,
              0.05,
              0.30,
              0.32,
              0.30,
              0.20,
              0.04,
              0.04,
              1.25,
              List.of(50.0, 20.0, 12.0, 8.0, 4.0, 3.0, 2.0, 1.0));
    };
  }
}
