package org.openresolve.core.cluster;

/**
 * A link proposed between two members of a component, by index, with the weight of its evidence.
 * Judged links (an analyst's SAME) carry {@code judged} and are taken before any scored link.
 */
public record ScoredLink(int a, int b, double weight, boolean judged) {
  public ScoredLink {
    if (a < 0 || b < 0 || a == b) {
      throw new IllegalArgumentException(
          "a link joins two distinct members, not " + a + " and " + b);
    }
  }
}
