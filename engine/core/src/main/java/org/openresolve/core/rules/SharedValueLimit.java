package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * A comparison's {@code shared_value} setting: agreement on a value that more than {@code
 * maxPeople} distinct people hold in the data (a burner phone, a safe house, a family mailbox, a
 * forged document number) keeps only {@code weightFactor} of its weight, so such a value can no
 * longer chain unrelated people together. Disagreement keeps its weight.
 *
 * @param maxPeople the most people a value may be held by and still count in full; at least 1
 * @param weightFactor the share of the agreement's weight kept past that, from 0 (none, the
 *     default) to 1
 */
public record SharedValueLimit(Integer maxPeople, Double weightFactor) implements Serializable {
  /**
   * The fields whose values are counted: values one person holds, which several people may share.
   */
  public static final Set<PersonField> FIELDS =
      EnumSet.of(
          PersonField.PHONE,
          PersonField.EMAIL,
          PersonField.ADDRESS,
          PersonField.IDENTIFIER,
          PersonField.CRYPTO_WALLET,
          PersonField.ONLINE_ACCOUNT);

  public SharedValueLimit {
    if (Required.key(maxPeople, "max_people") < 1) {
      throw new IllegalArgumentException("max_people must be at least 1, got " + maxPeople);
    }
    weightFactor = weightFactor == null ? 0.0 : weightFactor;
    if (!(weightFactor >= 0 && weightFactor <= 1)) {
      throw new IllegalArgumentException("weight_factor must be from 0 to 1, got " + weightFactor);
    }
  }

  /** Whether agreement on a value held by {@code people} people is reduced. */
  public boolean exceededBy(long people) {
    return people > maxPeople;
  }
}
