package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Handling codes from least to most restrictive (the {@code handling_codes:} list). An entity
 * carries the most restrictive code of its members; an audience cleared for a code may see records
 * marked with it or any code before it. A record with no code is as open as the first code; a code
 * not in the list is treated as more restrictive than all, so an unknown marking never leaks.
 */
public record HandlingCodes(List<String> order) implements Serializable {
  public HandlingCodes {
    order =
        Required.key(order, "handling_codes").stream()
            .map(c -> c.strip().toUpperCase(Locale.ROOT))
            .toList();
    if (order.stream().distinct().count() != order.size()) {
      throw new IllegalArgumentException("handling_codes lists a code twice: " + order);
    }
  }

  public static final HandlingCodes NONE = new HandlingCodes(List.of());

  /** The rank of a code: 0 for none, its position + 1 when listed, past the list when unknown. */
  public int rank(String code) {
    if (code == null || code.isBlank()) {
      return 0;
    }
    int i = order.indexOf(code.strip().toUpperCase(Locale.ROOT));
    return i < 0 ? order.size() + 1 : i + 1;
  }

  /**
   * The most restrictive of the codes, upper-cased and stripped as in the list, or null when none
   * is set. Two unknown codes rank alike, so the alphabetically first of them is taken: the answer
   * must not depend on the order the members come in.
   */
  public String mostRestrictive(Collection<String> codes) {
    String most = null;
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      String c = code.strip().toUpperCase(Locale.ROOT);
      if (most == null
          || rank(c) > rank(most)
          || (rank(c) == rank(most) && c.compareTo(most) < 0)) {
        most = c;
      }
    }
    return most;
  }

  /** Whether an audience cleared for {@code audience} may see a record marked {@code code}. */
  public boolean releasable(String code, String audience) {
    int cleared = order.indexOf(audience.strip().toUpperCase(Locale.ROOT));
    if (cleared < 0) {
      throw new IllegalArgumentException(
          "audience '" + audience + "' is not one of the handling codes " + order);
    }
    return rank(code) <= cleared + 1;
  }
}
