package org.openresolve.core.compare;

import java.util.List;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * A name against the handles and e-mail addresses of a record that gives no name with a family part
 * (an open-web profile known by "sergeialekseyev99" or "jpavlov@..." alone). Handles and local
 * parts are read as letters only ("mariya.popova74" is "mariyapopova"); a record's names of unknown
 * parts ("pzakharov" as a display name) are read the same way. Names compared are the forename and
 * the family name of the other record, letters only. Either record may be the nameless one; when
 * both give a family name, or neither, the comparison is missing.
 */
final class NameInHandleComparator implements FieldComparator {
  /** Family names shorter than this ("li", "ng") are inside too many handles by chance. */
  static final int MIN_FAMILY_LENGTH = 3;

  /** Forenames shorter than this count only as an initial. */
  static final int MIN_FORENAME_LENGTH = 3;

  /**
   * A part of the handle this alike to the family name by {@link Transliteration} stands for it:
   * "pzakharov" names a Zaharov, "jpavlov" a Pawlow.
   */
  static final double FAMILY_SIMILARITY = 0.8;

  private final List<ComparisonLevel> levels;

  NameInHandleComparator(List<ComparisonLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    boolean aNamed = hasFamilyName(a);
    boolean bNamed = hasFamilyName(b);
    if (aNamed == bNamed) {
      return new Outcome(0, null, null);
    }
    return aNamed ? best(a, HandleTexts.of(b), false) : best(b, HandleTexts.of(a), true);
  }

  private Outcome best(MatchView named, List<String> texts, boolean handleOnLeft) {
    if (texts.isEmpty()) {
      return new Outcome(0, null, null);
    }
    Outcome best = null;
    for (MatchView.Name n : named.names()) {
      if (!readable(n)) {
        continue;
      }
      String family = HandleTexts.letters(n.family());
      String forename = HandleTexts.letters(n.forename());
      for (String text : texts) {
        int level = level(forename, family, text);
        if (best == null || level < best.level()) {
          String name = n.forename() + " " + n.family();
          best = handleOnLeft ? new Outcome(level, text, name) : new Outcome(level, name, text);
        }
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  private int level(String forename, String family, String text) {
    int[] at = find(family, text);
    for (int i = 1; i < levels.size() - 1; i++) {
      ComparisonLevel level = levels.get(i);
      boolean holds;
      if (at == null) {
        holds = false;
      } else if (level instanceof ComparisonLevel.HandleFullName) {
        holds = forename.length() >= MIN_FORENAME_LENGTH && text.contains(forename);
      } else if (level instanceof ComparisonLevel.HandleFamilyNameAndInitial) {
        holds = initialBeside(forename.charAt(0), at, text);
      } else if (level instanceof ComparisonLevel.HandleFamilyName) {
        holds = true;
      } else {
        throw new IllegalStateException(
            level + " is not a handle level; the rule checks should have refused it");
      }
      if (holds) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  /** The initial just before or just after the part {@code at} of the text. */
  static boolean initialBeside(char initial, int[] at, String text) {
    return (at[0] > 0 && text.charAt(at[0] - 1) == initial)
        || (at[1] < text.length() && text.charAt(at[1]) == initial);
  }

  /**
   * Where the family name is written in the text, as {start, end}: the first exact occurrence, else
   * the first part of about its length (one letter more or less) alike by transliteration; null
   * when there is none.
   */
  static int[] find(String family, String text) {
    int exact = text.indexOf(family);
    if (exact >= 0) {
      return new int[] {exact, exact + family.length()};
    }
    for (int start = 0; start < text.length(); start++) {
      for (int length = family.length() - 1; length <= family.length() + 1; length++) {
        int end = start + length;
        if (length >= MIN_FAMILY_LENGTH
            && end <= text.length()
            && Transliteration.similarity(text.substring(start, end), family, FAMILY_SIMILARITY)
                >= FAMILY_SIMILARITY) {
          return new int[] {start, end};
        }
      }
    }
    return null;
  }

  /** Whether a name has the forename and the family name a handle is read for. */
  static boolean readable(MatchView.Name n) {
    return n.family() != null
        && n.forename() != null
        && HandleTexts.letters(n.family()).length() >= MIN_FAMILY_LENGTH
        && !HandleTexts.letters(n.forename()).isEmpty();
  }

  /** Whether a record gives a name with a family part: the other record is the one read. */
  static boolean hasFamilyName(MatchView v) {
    for (MatchView.Name n : v.names()) {
      if (n.family() != null) {
        return true;
      }
    }
    return false;
  }
}
