package org.openresolve.core.rules;

import static org.openresolve.core.rules.LevelType.DATE_DAY_MONTH_SWAPPED;
import static org.openresolve.core.rules.LevelType.DATE_SAME_YEAR;
import static org.openresolve.core.rules.LevelType.DATE_SAME_YEAR_MONTH;
import static org.openresolve.core.rules.LevelType.DATE_WITHIN_YEARS;
import static org.openresolve.core.rules.LevelType.ELSE;
import static org.openresolve.core.rules.LevelType.EMAIL_ONE_KEYSTROKE;
import static org.openresolve.core.rules.LevelType.EMAIL_SAME_LOCAL_PART;
import static org.openresolve.core.rules.LevelType.EXACT;
import static org.openresolve.core.rules.LevelType.GENERATION_ONE_SIDE;
import static org.openresolve.core.rules.LevelType.HANDLE_BIRTH_YEAR;
import static org.openresolve.core.rules.LevelType.HANDLE_EMAIL_LOCAL_PART;
import static org.openresolve.core.rules.LevelType.HANDLE_FAMILY_NAME;
import static org.openresolve.core.rules.LevelType.HANDLE_FAMILY_NAME_AND_INITIAL;
import static org.openresolve.core.rules.LevelType.HANDLE_FULL_NAME;
import static org.openresolve.core.rules.LevelType.HANDLE_OTHER_PLATFORM;
import static org.openresolve.core.rules.LevelType.HANDLE_UNDECORATED;
import static org.openresolve.core.rules.LevelType.IDENTIFIER_ONE_CHAR_OFF;
import static org.openresolve.core.rules.LevelType.IDENTIFIER_SAME_TYPE_ISSUER_DIFFERENT_VALUE;
import static org.openresolve.core.rules.LevelType.IDENTIFIER_SAME_VALUE;
import static org.openresolve.core.rules.LevelType.INITIAL;
import static org.openresolve.core.rules.LevelType.JARO_WINKLER;
import static org.openresolve.core.rules.LevelType.LEVENSHTEIN;
import static org.openresolve.core.rules.LevelType.MISSING;
import static org.openresolve.core.rules.LevelType.NICKNAME;
import static org.openresolve.core.rules.LevelType.NICKNAME_MISSPELT;
import static org.openresolve.core.rules.LevelType.OTHER_GIVEN_NAME;
import static org.openresolve.core.rules.LevelType.PHONETIC;
import static org.openresolve.core.rules.LevelType.PHONE_NATIONAL_DIGITS;
import static org.openresolve.core.rules.LevelType.SEX_CONFLICT;
import static org.openresolve.core.rules.LevelType.TOKEN_SET;
import static org.openresolve.core.rules.LevelType.TRANSLITERATION;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a person record a comparison can look at, with the level types that make sense for
 * each.
 */
public enum PersonField {
  /** The whole folded name, given names first; also tried with given and family exchanged. */
  NAME(EXACT, JARO_WINKLER, LEVENSHTEIN, TOKEN_SET, PHONETIC, INITIAL, TRANSLITERATION),
  /**
   * NICKNAME looks at the first given names, as every level of this field does but
   * OTHER_GIVEN_NAME, which looks for one record's first given name among the other's later ones.
   */
  GIVEN_NAME(
      EXACT,
      JARO_WINKLER,
      LEVENSHTEIN,
      TOKEN_SET,
      PHONETIC,
      INITIAL,
      TRANSLITERATION,
      NICKNAME,
      NICKNAME_MISSPELT,
      OTHER_GIVEN_NAME),
  FAMILY_NAME(EXACT, JARO_WINKLER, LEVENSHTEIN, TOKEN_SET, PHONETIC, INITIAL, TRANSLITERATION),
  /** Levenshtein works on the ISO form, so one mistyped digit is one edit. */
  BIRTH_DATE(
      EXACT,
      LEVENSHTEIN,
      DATE_SAME_YEAR_MONTH,
      DATE_SAME_YEAR,
      DATE_DAY_MONTH_SWAPPED,
      DATE_WITHIN_YEARS),
  SEX(EXACT, SEX_CONFLICT),
  /**
   * The generational suffix of the names ("Jr.", "Sr.", "III"); missing when neither record gives
   * one, and when only one does unless a GENERATION_ONE_SIDE level says so.
   */
  GENERATION(EXACT, GENERATION_ONE_SIDE),
  /** EXACT is same type, issuer and value; a missing issuer agrees with any issuer. */
  IDENTIFIER(
      EXACT,
      IDENTIFIER_SAME_VALUE,
      IDENTIFIER_ONE_CHAR_OFF,
      IDENTIFIER_SAME_TYPE_ISSUER_DIFFERENT_VALUE),
  /**
   * EXACT and LEVENSHTEIN compare E.164 numbers; PHONE_NATIONAL_DIGITS also the digits of unread
   * ones.
   */
  PHONE(EXACT, LEVENSHTEIN, PHONE_NATIONAL_DIGITS),
  /** Compared as mailboxes ({@code EmailNormaliser#mailbox}). */
  EMAIL(EXACT, LEVENSHTEIN, JARO_WINKLER, EMAIL_SAME_LOCAL_PART, EMAIL_ONE_KEYSTROKE),
  /**
   * EXACT is the same handle on the same platform; the fuzzy levels look at the handle alone, and
   * HANDLE_EMAIL_LOCAL_PART at the other record's e-mail addresses too.
   */
  ONLINE_ACCOUNT(
      EXACT,
      LEVENSHTEIN,
      JARO_WINKLER,
      HANDLE_OTHER_PLATFORM,
      HANDLE_EMAIL_LOCAL_PART,
      HANDLE_UNDECORATED),
  CRYPTO_WALLET(EXACT),
  ADDRESS(EXACT, JARO_WINKLER, LEVENSHTEIN, TOKEN_SET),
  POSTCODE(EXACT, LEVENSHTEIN, JARO_WINKLER),
  LOCALITY(EXACT, JARO_WINKLER, LEVENSHTEIN, TOKEN_SET),
  NATIONALITY(EXACT),
  /**
   * The name of one record as written in the handles and e-mail addresses of another that gives no
   * name with a family part of its own ("sergeialekseyev99", "jpavlov@..."): an open-web profile
   * often names its owner nowhere else. Missing when both records give such a name, which the name
   * comparisons then weigh.
   */
  NAME_IN_HANDLE(HANDLE_FULL_NAME, HANDLE_FAMILY_NAME_AND_INITIAL, HANDLE_FAMILY_NAME),
  /**
   * The birth year of one record as the digits at the end of a handle or e-mail local part of
   * another that gives no family name ("tomasz_wisniewski86"): compared under the same condition as
   * {@link #NAME_IN_HANDLE}, and only for handles ending in two or four digits.
   */
  BIRTH_YEAR_IN_HANDLE(HANDLE_BIRTH_YEAR);

  private final Set<LevelType> accepted;

  PersonField(LevelType... specific) {
    EnumSet<LevelType> accepted = EnumSet.of(MISSING, ELSE);
    accepted.addAll(java.util.Arrays.asList(specific));
    this.accepted = accepted;
  }

  public boolean accepts(LevelType type) {
    return accepted.contains(type);
  }

  /** The accepted level types in declaration order, for error messages. */
  String acceptedList() {
    return accepted.toString();
  }
}
