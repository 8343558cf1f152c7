package org.openresolve.core.rules;

/**
 * The closed set of blocking-key functions a rule file may name. Phonetic keys are Double Metaphone
 * codes (primary and alternate) of each name part, so a typo that keeps the sound keeps the key.
 */
public enum KeyFunction {
  FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR,
  GIVEN_NAME_PHONETIC_AND_BIRTH_YEAR,
  /** Given and family codes as an unordered pair, so a name with its parts exchanged shares the key. */
  GIVEN_AND_FAMILY_NAME_PHONETIC,
  /** Day-precision birth date. */
  BIRTH_DATE,
  BIRTH_DATE_AND_FAMILY_INITIAL,
  /** Type, issuer and value. */
  IDENTIFIER,
  /** The value alone, for sources that type an identifier differently or leave out the issuer. */
  IDENTIFIER_VALUE,
  PHONE_E164,
  EMAIL,
  /** The handle without its platform: people reuse handles across platforms. */
  ONLINE_HANDLE,
  /** Chain and address. */
  CRYPTO_WALLET,
  POSTCODE_AND_GIVEN_NAME_PHONETIC,
  POSTCODE_AND_FAMILY_NAME_PHONETIC
}
