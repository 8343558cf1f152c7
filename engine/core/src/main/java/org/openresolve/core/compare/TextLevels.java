package org.openresolve.core.compare;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.core.rules.NameGroups;

/**
 * The levels of one text comparison, evaluated on a pair of values. The rule checks guarantee level
 * 0 is MISSING and the last is ELSE, so only the levels between are evaluated here.
 */
final class TextLevels implements Serializable {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final List<ComparisonLevel> levels;
  // The name groups of each NICKNAME level, null for the others.
  private final NameGroups[] nameGroups;
  // The misspelling lookup of each NICKNAME_MISSPELT level, null for the others.
  private final NicknameSpellings[] spellings;
  // The lowest threshold of the TRANSLITERATION levels: below it no level holds, so the distance
  // may stop.
  private final double transliterationFloor;
  // Rebuilt after the comparer is shipped to a task (see BoundedLevenshtein).
  private transient LevenshteinDistance[] levenshtein;

  /** Levels without NICKNAME or NICKNAME_MISSPELT. */
  TextLevels(List<ComparisonLevel> levels) {
    this(
        levels,
        list -> {
          throw new IllegalArgumentException(
              "no name lists here, but a level names '" + list + "'");
        });
  }

  /**
   * @param lists the name groups of a list as a NICKNAME or NICKNAME_MISSPELT level names it
   */
  TextLevels(List<ComparisonLevel> levels, Function<String, NameGroups> lists) {
    this.levels = List.copyOf(levels);
    this.levenshtein = BoundedLevenshtein.perLevel(this.levels);
    this.nameGroups = new NameGroups[this.levels.size()];
    this.spellings = new NicknameSpellings[this.levels.size()];
    for (int i = 0; i < this.levels.size(); i++) {
      if (this.levels.get(i) instanceof ComparisonLevel.Nickname n) {
        nameGroups[i] = lists.apply(n.list());
      } else if (this.levels.get(i) instanceof ComparisonLevel.NicknameMisspelt n) {
        spellings[i] = new NicknameSpellings(lists.apply(n.list()));
      }
    }
    this.transliterationFloor =
        this.levels.stream()
            .filter(l -> l instanceof ComparisonLevel.Transliteration)
            .mapToDouble(l -> ((ComparisonLevel.Transliteration) l).threshold())
            .min()
            .orElse(0);
  }

  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    levenshtein = BoundedLevenshtein.perLevel(levels);
  }

  int elseLevel() {
    return levels.size() - 1;
  }

  /**
   * The first level that holds for the pair.
   *
   * @param exactA the value that must be equal for EXACT (for accounts: platform and handle)
   * @param textA the text the fuzzy levels compare (for accounts: the handle alone)
   * @param codesA phonetic codes, used only by PHONETIC
   */
  int first(
      String exactA,
      String exactB,
      String textA,
      String textB,
      List<String> codesA,
      List<String> codesB) {
    double jaroWinkler = Double.NaN;
    double jaroWinklerBound = Double.NaN;
    double transliteration = Double.NaN;
    for (int i = 1; i < levels.size() - 1; i++) {
      ComparisonLevel level = levels.get(i);
      boolean holds;
      if (level instanceof ComparisonLevel.Exact) {
        holds = exactA.equals(exactB);
      } else if (level instanceof ComparisonLevel.JaroWinkler j) {
        if (Double.isNaN(jaroWinkler)) {
          if (Double.isNaN(jaroWinklerBound)) {
            jaroWinklerBound = JaroWinklerBound.atMost(textA, textB);
          }
          // Below the bound the similarity itself is not needed (see JaroWinklerBound).
          if (jaroWinklerBound < j.threshold()) {
            continue;
          }
          jaroWinkler = JARO_WINKLER.apply(textA, textB);
        }
        holds = jaroWinkler >= j.threshold();
      } else if (level instanceof ComparisonLevel.Levenshtein l) {
        // Any two values no longer than the distance are that close ("w" and "g" are one letter
        // apart): it takes a longer value for the distance to say they are alike.
        holds =
            Math.min(textA.length(), textB.length()) > l.maxDistance()
                && levenshtein[i].apply(textA, textB) >= 0;
      } else if (level instanceof ComparisonLevel.TokenSet t) {
        holds = TokenSet.similarity(textA, textB) >= t.threshold();
      } else if (level instanceof ComparisonLevel.Phonetic) {
        // A lone letter is an initial, not a sound: "D." sounds like neither Duc nor Thao, and
        // agrees with them only at the initial level.
        holds = textA.length() > 1 && textB.length() > 1 && shareAny(codesA, codesB);
      } else if (level instanceof ComparisonLevel.Transliteration t) {
        if (Double.isNaN(transliteration)) {
          transliteration = Transliteration.similarity(textA, textB, transliterationFloor);
        }
        holds = transliteration >= t.threshold();
      } else if (level instanceof ComparisonLevel.Nickname) {
        holds = nameGroups[i].together(textA, textB);
      } else if (level instanceof ComparisonLevel.NicknameMisspelt) {
        holds = spellings[i].together(textA, textB);
      } else if (level instanceof ComparisonLevel.Initial) {
        holds = initialOf(textA, textB) || initialOf(textB, textA);
      } else if (level instanceof ComparisonLevel.PhoneNationalDigits) {
        // Two E.164 numbers never hold here; the phone comparator decides it for unread numbers.
        holds = false;
      } else if (level instanceof ComparisonLevel.OtherGivenName) {
        // Needs the whole given names, which the name comparator holds: it decides this level.
        holds = false;
      } else {
        throw new IllegalStateException(
            level + " is not a text level; the rule checks should have refused it");
      }
      if (holds) {
        return i;
      }
    }
    return elseLevel();
  }

  /** Whether {@code initial} is one letter and {@code name} starts with it. */
  static boolean initialOf(String initial, String name) {
    return initial.length() == 1 && !name.isEmpty() && name.charAt(0) == initial.charAt(0);
  }

  /**
   * Whether the Jaro-Winkler similarity is at least {@code threshold}, computed only when the bound
   * allows.
   */
  static boolean jaroWinklerAtLeast(String a, String b, double threshold) {
    return JaroWinklerBound.atMost(a, b) >= threshold && JARO_WINKLER.apply(a, b) >= threshold;
  }

  static boolean shareAny(List<String> a, List<String> b) {
    for (String code : a) {
      if (b.contains(code)) {
        return true;
      }
    }
    return false;
  }
}
