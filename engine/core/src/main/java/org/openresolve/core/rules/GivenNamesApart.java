package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;

/**
 * The given-name guard ({@code guards.given_names_apart}): two records whose first given names the
 * named comparison, asked on its own over every name and alias of both, finds at one of these
 * levels are two people. A record without a given name says nothing.
 *
 * @param comparison id of a {@code GIVEN_NAME} comparison
 * @param levels labels of that comparison's levels that mean two different names
 */
public record GivenNamesApart(String comparison, List<String> levels) implements Serializable {
  public GivenNamesApart {
    Required.text(comparison, "comparison");
    levels = List.copyOf(Required.key(levels, "levels"));
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("'levels' is empty; name at least one level");
    }
  }
}
