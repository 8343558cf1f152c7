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
  /** Given and family codes as an unordered pair, so a name with its parts exchanged shares the key. */
  GIVEN_AND_FAMILY_NAME_PHONETIC(GIVEN_NAME, FAMILY_NAME, NAME),
  /** Day-precision birth date. */
  BIRTH_DATE(PersonField.BIRTH_DATE),
  BIRTH_DATE_AND_FAMILY_INITIAL(PersonField.BIRTH_DATE, FAMILY_NAME, NAME),
  /** Type, issuer and value. */
  IDENTIFIER(PersonField.IDENTIFIER),
  /** The value alone, for sources that type an identifier differently or leave out the issuer. */
  IDENTIFIER_VALUE(PersonField.IDENTIFIER),
  PHONE_E164(PHONE),
  EMAIL(PersonField.EMAIL),
  /** The handle without its platform: people reuse handles across platforms. */
  ONLINE_HANDLE(ONLINE_ACCOUNT),
  /** Chain and address. */
  CRYPTO_WALLET(PersonField.CRYPTO_WALLET),
  POSTCODE_AND_GIVEN_NAME_PHONETIC(POSTCODE, LOCALITY, ADDRESS, GIVEN_NAME, NAME),
  POSTCODE_AND_FAMILY_NAME_PHONETIC(POSTCODE, LOCALITY, ADDRESS, FAMILY_NAME, NAME);

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
