package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A country's numbering: calling code, national trunk prefix (0, or 8 in Russia; empty where there
 * is none), patterns of mobile and landline national numbers and how they are grouped.
 */
record PhonePlan(
    String callingCode,
    String trunk,
    String mobilePattern,
    List<Integer> mobileGroups,
    String landlinePattern,
    List<Integer> landlineGroups) {
  PhonePlan {
    requireNonNull(callingCode, "callingCode is null");
    requireNonNull(trunk, "trunk is null");
    requireNonNull(mobilePattern, "mobilePattern is null");
    requireNonNull(landlinePattern, "landlinePattern is null");
    mobileGroups = List.copyOf(mobileGroups);
    landlineGroups = List.copyOf(landlineGroups);
  }
}
