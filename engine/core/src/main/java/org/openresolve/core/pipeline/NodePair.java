package org.openresolve.core.pipeline;

import java.io.Serializable;

/** Two records by node, the smaller first. */
public record NodePair(long left, long right) implements Serializable {
  public NodePair {
    if (left >= right) {
      throw new IllegalArgumentException(
          "a node pair is two nodes, the smaller first: " + left + ", " + right);
    }
  }

  /** The pair of two distinct nodes in either order. */
  public static NodePair of(long a, long b) {
    return new NodePair(Math.min(a, b), Math.max(a, b));
  }
}
