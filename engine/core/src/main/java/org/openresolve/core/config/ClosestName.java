package org.openresolve.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known name a misspelt one was probably meant to be, for "did you mean" in error messages: one
 * that differs only in case, else the nearest within a few edits (at most a third of the name).
 */
public final class ClosestName {
  private ClosestName() {}

  public static Optional<String> to(String name, Collection<String> known) {
    for (String k : known) {
      if (!k.equals(name) && k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    int limit = Math.max(1, Math.min(3, name.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance.apply(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance && !k.equals(name)) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
