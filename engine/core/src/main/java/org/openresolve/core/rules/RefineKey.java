package org.openresolve.core.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed set of values a blocking rule's {@code refine_by} may split an oversize block by. A
 * block that grows past its rule's limit is not dropped: its records are keyed again with the block
 * key and one of these values, and the finer blocks yield the pairs. A record without the value
 * keys {@link #UNKNOWN}, so the records that lack it still meet each other.
 */
public enum RefineKey {
  /** Each birth year. */
  BIRTH_YEAR(PersonField.BIRTH_DATE),
  /** The first letter of each forename. */
  GIVEN_INITIAL(PersonField.GIVEN_NAME),
  /** Double Metaphone codes of each forename. */
  GIVEN_NAME_PHONETIC(PersonField.GIVEN_NAME),
  /** The first letter of each family name. */
  FAMILY_INITIAL(PersonField.FAMILY_NAME),
  /** Double Metaphone codes of each family name. */
  FAMILY_NAME_PHONETIC(PersonField.FAMILY_NAME);

  /** The value of a record that lacks the one refined by. */
  public static final String UNKNOWN = "?";

  private final PersonField field;

  RefineKey(PersonField field) {
    this.field = field;
  }

  /** The field whose agreement the refined key implies, as {@link KeyFunction#fields} does. */
  public Set<PersonField> fields() {
    return EnumSet.of(field);
  }
}
