package org.openresolve.spark.cluster;

import java.util.Arrays;

/**
 * Connected components of a graph small enough for one task, by union-find over dense indexes of
 * the sorted node ids: every node maps to the smallest node of its component, the same answer as
 * the distributed algorithm gives, whatever the edge order.
 */
final class UnionFind {
  private final long[] nodes;
  private final int[] parent;

  /**
   * @param src one end of each edge
   * @param dst the other end, index for index
   */
  UnionFind(long[] src, long[] dst, int edges) {
    long[] all = new long[edges * 2];
    System.arraycopy(src, 0, all, 0, edges);
    System.arraycopy(dst, 0, all, edges, edges);
    Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[n++] = all[i];
      }
    }
    nodes = Arrays.copyOf(all, n);
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int e = 0; e < edges; e++) {
      union(Arrays.binarySearch(nodes, src[e]), Arrays.binarySearch(nodes, dst[e]));
    }
  }

  int size() {
    return nodes.length;
  }

  /** The i-th node in id order. */
  long node(int i) {
    return nodes[i];
  }

  /** The smallest node in the i-th node's component. */
  long component(int i) {
    return nodes[find(i)];
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The root is always the smaller index, so a root is its component's smallest node. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
