package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openresolve.model.IdentifierType;

/**
 * What may never be in one entity, whatever links join it (the {@code guards:} section). Clustering
 * cuts the weakest link that would join such records and records the cut.
 *
 * @param exclusiveIdentifierTypes identifier types a person holds one value of per issuer; two
 *     records with different values of one of these (not a one-character slip) are two people
 * @param maxBirthYearGap birth years further apart than this (not a one-character slip) are two
 *     people
 * @param maxEntitySize entities with more members than this are reported (manifest, summary and the
 *     entity's {@code review_flags}), not split: a size alone proves no false merge; may be absent
 *     for no limit
 * @param givenNamesApart levels of the given-name comparison at which two records are two people;
 *     absent for no given-name guard
 */
public record GuardSettings(
    List<IdentifierType> exclusiveIdentifierTypes,
    Integer maxBirthYearGap,
    Integer maxEntitySize,
    GivenNamesApart givenNamesApart)
    implements Serializable {
  public GuardSettings(List<IdentifierType> exclusiveIdentifierTypes, Integer maxBirthYearGap) {
    this(exclusiveIdentifierTypes, maxBirthYearGap, null, null);
  }

  public GuardSettings {
    exclusiveIdentifierTypes =
        List.copyOf(Required.key(exclusiveIdentifierTypes, "exclusive_identifier_types"));
    if (Required.key(maxBirthYearGap, "max_birth_year_gap") < 0) {
      throw new IllegalArgumentException(
          "max_birth_year_gap must not be negative, got " + maxBirthYearGap);
    }
    if (maxEntitySize == null) {
      maxEntitySize = Integer.MAX_VALUE;
    } else if (maxEntitySize < 2) {
      throw new IllegalArgumentException(
          "max_entity_size must be at least 2, got " + maxEntitySize);
    }
  }

  /** No guards: what a rule file without a {@code guards:} section means. */
  public static final GuardSettings NONE = new GuardSettings(List.of(), Integer.MAX_VALUE);

  public Set<String> exclusiveTypeNames() {
    return exclusiveIdentifierTypes.stream()
        .map(Enum::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
