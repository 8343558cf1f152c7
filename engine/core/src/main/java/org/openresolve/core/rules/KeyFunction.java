package org.openresolve.core.rules;

import static org.openresolve.core.rules.PersonField.ADDRESS;
import static org.openresolve.core.rules.PersonField.FAMILY_NAME;
import static org.openresolve.core.rules.PersonField.GIVEN_NAME;
import static org.openresolve.core.rules.PersonField.LOCALITY;
import static org.openresolve.core.rules.PersonField.NAME;
import static org.openresolve.core.rules.PersonField.ONLINE_ACCOUNT;
import static org.openresolve.core.rules.PersonField.PHONE;
import static org.openresolve.core.rules.PersonField.POSTCODE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed set of blocking-key functions a rule file may name. Phonetic keys are Double Metaphone
 * codes (primary and alternate) of each name part, so a typo that keeps the sound keeps the key.
 */
public enum KeyFunction {
  FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR(FAMILY_NAME, NAME, PersonField.BIRTH_DATE),
  GIVEN_NAME_PHONETIC_AND_BIRTH_YEAR(GIVEN_NAME, NAME, PersonField.BIRTH_DATE),
  /**
   * Given and family codes as an unordered pair, so a name with its parts exchanged shares the key.
   */
  GIVEN_AND_FAMILY_NAME_PHONETIC(GIVEN_NAME, FAMILY_NAME, NAME),
  /** Day-precision birth date. */
  BIRTH_DATE(PersonField.BIRTH_DATE),
  BIRTH_DATE_AND_FAMILY_INITIAL(PersonField.BIRTH_DATE, FAMILY_NAME, NAME),
  /** Type, issuer and value. */
  IDENTIFIER(PersonField.IDENTIFIER),
  /** The value alone, for sources that type an identifier differently or leave out the issuer. */
  IDENTIFIER_VALUE(PersonField.IDENTIFIER),
  PHONE_E164(PHONE),
  /**
   * The last seven digits of every phone, read as E.164 or not: a number written without its
   * country code ("612 345 678" in a source of no known region) meets its E.164 form
   * ("+34612345678"), as the phone comparison's {@code PHONE_NATIONAL_DIGITS} level matches them.
   * Blocks the pairs of {@link #PHONE_E164} and those.
   */
  PHONE_DIGITS(PHONE),
  EMAIL(PersonField.EMAIL),
  /**
   * The handle without its platform and decoration (letters and digits only), and likewise each
   * e-mail address's name: people reuse handles across platforms and as e-mail names.
   */
  ONLINE_HANDLE(ONLINE_ACCOUNT),
  /** Chain and address. */
  CRYPTO_WALLET(PersonField.CRYPTO_WALLET),
  POSTCODE_AND_GIVEN_NAME_PHONETIC(POSTCODE, LOCALITY, ADDRESS, GIVEN_NAME, NAME),
  POSTCODE_AND_FAMILY_NAME_PHONETIC(POSTCODE, LOCALITY, ADDRESS, FAMILY_NAME, NAME),
  /**
   * Town and given-name code: for records whose postcode is missing or mistyped but whose town is
   * written the same. Records of one town mostly share postcodes too, so the postcode is among the
   * fields the key makes likely, as the town is for the postcode keys.
   */
  LOCALITY_AND_GIVEN_NAME_PHONETIC(LOCALITY, POSTCODE, ADDRESS, GIVEN_NAME, NAME),
  LOCALITY_AND_FAMILY_NAME_PHONETIC(LOCALITY, POSTCODE, ADDRESS, FAMILY_NAME, NAME),
  /**
   * Family-name code and each group of the rule's name list ({@code list:}) holding the forename:
   * "Bill Smith" meets "William Smith" though the two given names share neither sound nor initial.
   */
  FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP(FAMILY_NAME, GIVEN_NAME, NAME),
  /**
   * Family name and forename initial as spelt, letters only ("pavlov|j"), for a record with a
   * family name; for a record without one, or with only its initial ("Rob T."), every such pair its
   * handles and e-mail local parts could spell ("jpavlov" gives "pavlov|j", "sergeialekseyev" gives
   * "alekseyev|s", "shahv" gives "shah|v"). A profile known only by its handle meets the records of
   * the person it names, and records with a name meet on family name and initial with no date ("N.
   * Moore", "Nicola Moore").
   */
  NAME_IN_HANDLE(FAMILY_NAME, GIVEN_NAME, NAME, PersonField.NAME_IN_HANDLE),
  /**
   * The first and the last four letters of the family name, each with the forename initial
   * ("petr|o" and "rowa|o" for Olag Petrowa): a typo or another spelling in the middle of a family
   * name keeps one of its ends ("Petrova", "D'Arigelo" and "D'Angelo"), where it changes the sound
   * the phonetic keys read. Digits, which OCR reads for letters ("Sha1a"), count as those letters.
   */
  FAMILY_NAME_ENDS_AND_INITIAL(FAMILY_NAME, GIVEN_NAME, NAME);

  /** Whether the function reads a name list, named by the rule's {@code list}. */
  public boolean needsList() {
    return this == FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP;
  }

  private final Set<PersonField> fields;

  KeyFunction(PersonField first, PersonField... rest) {
    this.fields = EnumSet.of(first, rest);
  }

  /**
   * The fields whose agreement the key implies (or makes likely): pairs found by this key say
   * nothing about how often matches agree on them, so training leaves them out of this key's pairs.
   */
  public Set<PersonField> fields() {
    return EnumSet.copyOf(fields);
  }
}
