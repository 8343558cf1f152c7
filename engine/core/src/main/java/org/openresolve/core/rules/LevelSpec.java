package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * One level of a comparison as the rule file writes it: a label, the level type and its one
 * parameter. A parameter the type does not take is refused, so a misplaced threshold cannot be
 * silently ignored.
 *
 * @param list for NICKNAME and NICKNAME_MISSPELT: the file of name groups; for the handle levels:
 *     the file of generic handles. Relative to the rule file's directory; the rule set reads and
 *     checks it when it loads
 */
public record LevelSpec(
    String label, LevelType when, Double threshold, Integer maxDistance, Integer years, String list)
    implements Serializable {
  public LevelSpec {
    label = Required.text(label, "label");
    if (when == null) {
      throw new IllegalArgumentException(
          "missing key 'when' (write MISSING, not NULL, for the level of absent values)");
    }
    LevelType.Parameter wanted = when.parameter();
    refuseUnless(wanted, LevelType.Parameter.THRESHOLD, threshold, when);
    refuseUnless(wanted, LevelType.Parameter.MAX_DISTANCE, maxDistance, when);
    refuseUnless(wanted, LevelType.Parameter.YEARS, years, when);
    refuseUnless(wanted, LevelType.Parameter.LIST, list, when);
    if (wanted == LevelType.Parameter.THRESHOLD) {
      Thresholds.requireProbability("threshold", Required.key(threshold, "threshold"));
    }
    if (wanted == LevelType.Parameter.MAX_DISTANCE) {
      Required.key(maxDistance, "max_distance");
    }
    if (wanted == LevelType.Parameter.YEARS) {
      Required.key(years, "years");
    }
    if (wanted == LevelType.Parameter.LIST) {
      Required.text(list, "list");
    }
    level(when, threshold, maxDistance, years, list);
  }

  private static void refuseUnless(
      LevelType.Parameter wanted, LevelType.Parameter p, Object value, LevelType when) {
    if (value != null && wanted != p) {
      throw new IllegalArgumentException("'" + p.key() + "' does not apply to " + when);
    }
  }

  /** The typed condition this level stands for. */
  public ComparisonLevel level() {
    return level(when, threshold, maxDistance, years, list);
  }

  private static ComparisonLevel level(
      LevelType when, Double threshold, Integer maxDistance, Integer years, String list) {
    return switch (when) {
      case MISSING -> new ComparisonLevel.Null();
      case EXACT -> new ComparisonLevel.Exact();
      case JARO_WINKLER -> new ComparisonLevel.JaroWinkler(threshold);
      case LEVENSHTEIN -> new ComparisonLevel.Levenshtein(maxDistance);
      case TOKEN_SET -> new ComparisonLevel.TokenSet(threshold);
      case PHONETIC -> new ComparisonLevel.Phonetic();
      case INITIAL -> new ComparisonLevel.Initial();
      case TRANSLITERATION -> new ComparisonLevel.Transliteration(threshold);
      case NICKNAME -> new ComparisonLevel.Nickname(list);
      case OTHER_GIVEN_NAME -> new ComparisonLevel.OtherGivenName();
      case NICKNAME_MISSPELT -> new ComparisonLevel.NicknameMisspelt(list);
      case DATE_SAME_YEAR_MONTH -> new ComparisonLevel.DateSameYearMonth();
      case DATE_SAME_YEAR -> new ComparisonLevel.DateSameYear();
      case DATE_DAY_MONTH_SWAPPED -> new ComparisonLevel.DateDayMonthSwapped();
      case DATE_WITHIN_YEARS -> new ComparisonLevel.DateWithinYears(years);
      case IDENTIFIER_SAME_VALUE -> new ComparisonLevel.IdentifierSameValue();
      case IDENTIFIER_ONE_CHAR_OFF -> new ComparisonLevel.IdentifierOneCharOff();
      case IDENTIFIER_SAME_TYPE_ISSUER_DIFFERENT_VALUE ->
          new ComparisonLevel.IdentifierSameTypeIssuerDifferentValue();
      case SEX_CONFLICT -> new ComparisonLevel.SexConflict();
      case GENERATION_ONE_SIDE -> new ComparisonLevel.GenerationOneSide();
      case HANDLE_FULL_NAME -> new ComparisonLevel.HandleFullName();
      case HANDLE_FAMILY_NAME_AND_INITIAL -> new ComparisonLevel.HandleFamilyNameAndInitial();
      case HANDLE_FAMILY_NAME -> new ComparisonLevel.HandleFamilyName();
      case HANDLE_BIRTH_YEAR -> new ComparisonLevel.HandleBirthYear();
      case PHONE_NATIONAL_DIGITS -> new ComparisonLevel.PhoneNationalDigits();
      case HANDLE_OTHER_PLATFORM -> new ComparisonLevel.HandleOtherPlatform(list);
      case HANDLE_EMAIL_LOCAL_PART -> new ComparisonLevel.HandleEmailLocalPart(list);
      case HANDLE_UNDECORATED -> new ComparisonLevel.HandleUndecorated(list);
      case EMAIL_SAME_LOCAL_PART -> new ComparisonLevel.EmailSameLocalPart(list);
      case EMAIL_ONE_KEYSTROKE -> new ComparisonLevel.EmailOneKeystroke();
      case ELSE -> new ComparisonLevel.Else();
    };
  }
}
