package org.openresolve.core.rules;

/**
 * The names a rule file may give in a level's {@code when}; each builds one {@link
 * ComparisonLevel}.
 */
public enum LevelType {
  /** Written {@code MISSING} because YAML reads a bare {@code NULL} as no value at all. */
  MISSING(Parameter.NONE),
  EXACT(Parameter.NONE),
  JARO_WINKLER(Parameter.THRESHOLD),
  LEVENSHTEIN(Parameter.MAX_DISTANCE),
  TOKEN_SET(Parameter.THRESHOLD),
  PHONETIC(Parameter.NONE),
  INITIAL(Parameter.NONE),
  /** Alike once the spelling changes transliteration makes cost less than other edits. */
  TRANSLITERATION(Parameter.THRESHOLD),
  /** Given names some group of a list holds together: William and Bill, Aleksandr and Sasha. */
  NICKNAME(Parameter.LIST),
  /**
   * One record's first given name, or its initial, is a later given name of the other: "Thi Hoa"
   * and "H.", "T. Phong" and "Phong", "William Gary" and "Gary".
   */
  OTHER_GIVEN_NAME(Parameter.NONE),
  /**
   * Given names a group of the list holds together once each is read as a listed name a letter
   * away: "Ksenija" and "Ksuysha" (Ksenia, Ksyusha), "Sean" and "Shawm" (Shawn).
   */
  NICKNAME_MISSPELT(Parameter.LIST),
  DATE_SAME_YEAR_MONTH(Parameter.NONE),
  DATE_SAME_YEAR(Parameter.NONE),
  DATE_DAY_MONTH_SWAPPED(Parameter.NONE),
  DATE_WITHIN_YEARS(Parameter.YEARS),
  IDENTIFIER_SAME_VALUE(Parameter.NONE),
  IDENTIFIER_ONE_CHAR_OFF(Parameter.NONE),
  IDENTIFIER_SAME_TYPE_ISSUER_DIFFERENT_VALUE(Parameter.NONE),
  SEX_CONFLICT(Parameter.NONE),
  /**
   * A generational suffix on one record's names and none on the other's: "Robert King Jr." and
   * "Robert King", most often a son and his father, who share the name.
   */
  GENERATION_ONE_SIDE(Parameter.NONE),
  /** Forename and family name both written in the other record's handle or e-mail address. */
  HANDLE_FULL_NAME(Parameter.NONE),
  /** Family name with the forename's initial next to it ("jpavlov", "shahv"). */
  HANDLE_FAMILY_NAME_AND_INITIAL(Parameter.NONE),
  /** Family name alone. */
  HANDLE_FAMILY_NAME(Parameter.NONE),
  /**
   * A handle or e-mail local part of a record that gives no family name ends in the other record's
   * birth year, as four digits or its last two ("tomasz_wisniewski86", "ngozi.chukwu1991@...").
   */
  HANDLE_BIRTH_YEAR(Parameter.NONE),
  /**
   * A phone that could not be read as E.164 (written without a country code, in a source with no
   * region for such numbers) has the digits of a phone of the other record: "07700 900123" and "+44
   * 7700 900123".
   */
  PHONE_NATIONAL_DIGITS(Parameter.NONE),
  /**
   * The same handle on another platform: one person often keeps one handle everywhere, but two
   * platforms' users may pick one handle independently, so it weighs less than the same account.
   */
  HANDLE_OTHER_PLATFORM(Parameter.LIST),
  /**
   * A handle of one record is the local part of an e-mail address of the other, once both are read
   * without decoration ("mad_falcon" and "Mad.Falcon@mail.example").
   */
  HANDLE_EMAIL_LOCAL_PART(Parameter.LIST),
  /**
   * The handles agree once read without decoration: case, separators ({@code _ . -}) and a numeric
   * suffix on one side only ("_sasha_iv_" and "sasha.iv85"); two different numeric suffixes do not.
   */
  HANDLE_UNDECORATED(Parameter.LIST),
  /**
   * Two e-mail addresses with one local part, read without decoration and ending in the same
   * digits, at different or mistyped domains ("sasha.iv85@mail.example" and
   * "sasha_iv85@post.example"): people keep one mailbox name across providers. A local part anyone
   * might choose, or one that only spells a name with no digits, is no evidence, as at the handle
   * levels.
   */
  EMAIL_SAME_LOCAL_PART(Parameter.LIST),
  /**
   * Two addresses at one domain whose local parts are one keystroke apart ("robert255" and
   * "robrt255"): one mailbox written twice, once mistyped. Local parts that end in different digits
   * ("jsmith1", "jsmith2") are two mailboxes.
   */
  EMAIL_ONE_KEYSTROKE(Parameter.NONE),
  ELSE(Parameter.NONE);

  /** The one parameter key a level type needs, if any. */
  enum Parameter {
    NONE,
    THRESHOLD,
    MAX_DISTANCE,
    YEARS,
    /**
     * A list file, relative to the rule file's directory: name groups for the nickname levels,
     * generic words (one a line) for the handle levels.
     */
    LIST;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Parameter parameter;

  LevelType(Parameter parameter) {
    this.parameter = parameter;
  }

  Parameter parameter() {
    return parameter;
  }

  /** Whether this level's list holds words (handles anyone might choose), not groups of names. */
  boolean listsWords() {
    return this == HANDLE_OTHER_PLATFORM
        || this == HANDLE_EMAIL_LOCAL_PART
        || this == HANDLE_UNDECORATED
        || this == EMAIL_SAME_LOCAL_PART;
  }
}
