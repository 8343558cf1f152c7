package org.openresolve.core.blocking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RefineKey;

/** The values of {@link RefineKey} a record gives, distinct, in a fixed order. */
final class RefineValues {
  private RefineValues() {}

  /** The record's values, or {@link RefineKey#UNKNOWN} alone when it has none. */
  static List<String> of(RefineKey key, MatchView v) {
    Set<String> values = new LinkedHashSet<>();
    switch (key) {
      case BIRTH_YEAR -> v.birthDates().forEach(d -> values.add(Integer.toString(d.year())));
      case GIVEN_INITIAL -> v.names().forEach(n -> initial(n.forename(), values));
      case GIVEN_NAME_PHONETIC -> v.names().forEach(n -> values.addAll(n.forenameCodes()));
      case FAMILY_INITIAL -> v.names().forEach(n -> initial(n.family(), values));
      case FAMILY_NAME_PHONETIC ->
          v.names().forEach(n -> values.addAll(n.family() == null ? List.of() : n.familyCodes()));
    }
    // A slash would be read as the separator of a finer level.
    values.removeIf(s -> s.isEmpty() || s.indexOf('/') >= 0);
    return values.isEmpty() ? List.of(RefineKey.UNKNOWN) : new ArrayList<>(values);
  }

  private static void initial(String name, Set<String> values) {
    if (name != null && !name.isEmpty()) {
      values.add(name.substring(0, name.offsetByCodePoints(0, 1)));
    }
  }
}
