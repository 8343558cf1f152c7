package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * The condition of one level of a comparison, as the rule file's {@code when} names it. Levels are
 * tried in order and the first that holds is the pair's level for that comparison; which variants
 * fit which field is decided by {@link PersonField#accepts(LevelType)}.
 */
public sealed interface ComparisonLevel extends Serializable {
  /** Either record lacks the field: the comparison says nothing about the pair. */
  record Null() implements ComparisonLevel {}

  /** The same normalised value on both sides. */
  record Exact() implements ComparisonLevel {}

  /** Jaro-Winkler similarity at or above the threshold. */
  record JaroWinkler(double threshold) implements ComparisonLevel {
    public JaroWinkler {
      Thresholds.requireProbability("threshold", threshold);
    }
  }

  /** Levenshtein edit distance at most {@code maxDistance}. */
  record Levenshtein(int maxDistance) implements ComparisonLevel {
    public Levenshtein {
      if (maxDistance < 1) {
        throw new IllegalArgumentException("max_distance must be at least 1, got " + maxDistance);
      }
    }
  }

  /** Share of the shorter side's words found in the other side, at or above the threshold. */
  record TokenSet(double threshold) implements ComparisonLevel {
    public TokenSet {
      Thresholds.requireProbability("threshold", threshold);
    }
  }

  /** The names sound alike: a Double Metaphone code of each compared part is shared. */
  record Phonetic() implements ComparisonLevel {}

  /**
   * One side is a lone initial and the other starts with that letter ("d" and "de luca"): open-web
   * display names and hurried entries abbreviate names, and an initial agrees more than chance.
   */
  record Initial() implements ComparisonLevel {}

  /**
   * Transliteration similarity at or above the threshold: 1 minus a weighted edit distance over the
   * longer name's length, where spelling changes that transliterations of one name often make ("kh"
   * for "h", "dzh" for "j", a left-out short vowel) cost less than an edit. The changes are learned
   * from cross-script name pairs; see {@code transliteration-variants.tsv} in core.
   */
  record Transliteration(double threshold) implements ComparisonLevel {
    public Transliteration {
      Thresholds.requireProbability("threshold", threshold);
    }
  }

  /**
   * The two given names are in one group of the list {@code list} names (William and Bill); the
   * rule set holds the list, read when it loaded ({@link RuleSet#nameGroups(String)}).
   */
  record Nickname(String list) implements ComparisonLevel {
    public Nickname {
      Required.text(list, "list");
    }
  }

  /**
   * As {@link Nickname}, with each name read as any listed name one letter away (one letter left
   * out, added, replaced, or two neighbours exchanged) when it has at least four letters: a typo in
   * a nickname or a formal name ("Ksuysha" for Ksyusha, "Ksenija" for Ksenia).
   */
  record NicknameMisspelt(String list) implements ComparisonLevel {
    public NicknameMisspelt {
      Required.text(list, "list");
    }
  }

  /**
   * The first given name of one record, or the initial it is written as, is a later given name of
   * the other: a person known by a middle name ("William Gary" called "Gary"), or a Vietnamese name
   * whose given name proper comes after a middle name ("Thi Hoa" written "H."). Patronymics and the
   * names after "bin" or "ibn" are a father's names and do not count.
   */
  record OtherGivenName() implements ComparisonLevel {}

  record DateSameYearMonth() implements ComparisonLevel {}

  record DateSameYear() implements ComparisonLevel {}

  /** Same year, day and month exchanged (a US/European order mix-up). */
  record DateDayMonthSwapped() implements ComparisonLevel {}

  record DateWithinYears(int years) implements ComparisonLevel {
    public DateWithinYears {
      if (years < 1) {
        throw new IllegalArgumentException("years must be at least 1, got " + years);
      }
    }
  }

  /** Same identifier value, whatever type or issuer each source gave it. */
  record IdentifierSameValue() implements ComparisonLevel {}

  /** Same type and issuer, values one substitution, insertion, deletion or transposition apart. */
  record IdentifierOneCharOff() implements ComparisonLevel {}

  /** Same type and issuer, different values: usually two different people. */
  record IdentifierSameTypeIssuerDifferentValue() implements ComparisonLevel {}

  /** The forename and the family name are both written in the other record's handle or e-mail. */
  record HandleFullName() implements ComparisonLevel {}

  /** The family name with the forename's initial just before or after it ("jpavlov", "shahv"). */
  record HandleFamilyNameAndInitial() implements ComparisonLevel {}

  /** The family name is written in the other record's handle or e-mail. */
  record HandleFamilyName() implements ComparisonLevel {}

  /**
   * A handle or e-mail local part ends in the other record's birth year: four digits, or the last
   * two ("wisniewski86" for 1986).
   */
  record HandleBirthYear() implements ComparisonLevel {}

  /**
   * A phone of one record that could not be read as E.164 ends the other's number, or another such
   * phone, in the same digits: one national number written with and without its country code.
   */
  record PhoneNationalDigits() implements ComparisonLevel {}

  /**
   * The same handle on two platforms. {@code genericWords} names a list of handles anyone might
   * choose ("admin", "info"); such a handle, or one that is only a forename of either record, is no
   * evidence at this level.
   */
  record HandleOtherPlatform(String genericWords) implements ComparisonLevel {
    public HandleOtherPlatform {
      Required.text(genericWords, "list");
    }
  }

  /**
   * A handle equals an e-mail local part of the other record, both undecorated; generic ones aside.
   */
  record HandleEmailLocalPart(String genericWords) implements ComparisonLevel {
    public HandleEmailLocalPart {
      Required.text(genericWords, "list");
    }
  }

  /**
   * The handles agree once undecorated (case, separators, a one-sided numeric suffix); generic ones
   * aside.
   */
  record HandleUndecorated(String genericWords) implements ComparisonLevel {
    public HandleUndecorated {
      Required.text(genericWords, "list");
    }
  }

  /**
   * The same e-mail local part, undecorated, at another domain. {@code genericWords} names a list
   * of local parts anyone might choose; such a one, or one that only spells a name, is no evidence.
   */
  record EmailSameLocalPart(String genericWords) implements ComparisonLevel {
    public EmailSameLocalPart {
      Required.text(genericWords, "list");
    }
  }

  /** One domain, local parts one keystroke apart and not ending in different digits. */
  record EmailOneKeystroke() implements ComparisonLevel {}

  /** A generational suffix on one record and none on the other. */
  record GenerationOneSide() implements ComparisonLevel {}

  /** Both sexes known and different. */
  record SexConflict() implements ComparisonLevel {}

  /** Anything the earlier levels did not catch; always the last level. */
  record Else() implements ComparisonLevel {}
}
