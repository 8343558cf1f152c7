package org.openresolve.core.rules;

/**
 * The closed set of values a blocking rule's {@code refine_by} may split an oversize block by. A
 * block that grows past its rule's limit is not dropped: its records are keyed again with the block
 * key and one of these values, and the finer blocks yield the pairs. A record without the value
 * keys {@link #UNKNOWN}, so the records that lack it still meet each other.
 *
 * <p>Training still leaves out of a rule's pairs only the fields its key implies: the finer blocks
 * exist only where a block is oversize, and leaving their fields out of every pair of the rule
 * would change what the rule teaches on inputs where no block is.
 */
public enum RefineKey {
  /** Each birth year. */
  BIRTH_YEAR,
  /** The first letter of each forename. */
  GIVEN_INITIAL,
  /** Double Metaphone codes of each forename. */
  GIVEN_NAME_PHONETIC,
  /** The first letter of each family name. */
  FAMILY_INITIAL,
  /** Double Metaphone codes of each family name. */
  FAMILY_NAME_PHONETIC;

  /** The value of a record that lacks the one refined by. */
  public static final String UNKNOWN = "?";
}
