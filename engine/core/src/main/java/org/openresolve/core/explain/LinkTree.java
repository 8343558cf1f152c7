package org.openresolve.core.explain;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How an entity hangs together, for an analyst: of all the links among its records, the strongest
 * set that connects them (a maximum spanning tree), laid out from the smallest record key down.
 * Links left out of the tree are redundant: they join records already joined by stronger ones.
 */
public final class LinkTree {
  private LinkTree() {}

  /** A link between two records, by key. */
  public record Link(String a, String b, double weight) {
    public Link {
      requireNonNull(a, "a is null");
      requireNonNull(b, "b is null");
    }
  }

  /** One line of the tree: a record, its depth, and the link that attaches it to its parent. */
  public record Node(String record, int depth, Link via) {}

  /**
   * The tree in display order (depth first, children by key); records with no link stand alone at
   * depth 0.
   */
  public static List<Node> of(List<String> records, List<Link> links) {
    List<Link> ordered = new ArrayList<>(links);
    ordered.sort(
        Comparator.comparingDouble(Link::weight)
            .reversed()
            .thenComparing(Link::a)
            .thenComparing(Link::b));
    Map<String, String> parent = new HashMap<>();
    records.forEach(r -> parent.put(r, r));
    Map<String, List<Link>> adjacent = new TreeMap<>();
    for (Link l : ordered) {
      if (!parent.containsKey(l.a()) || !parent.containsKey(l.b())) {
        continue;
      }
      String ra = find(parent, l.a());
      String rb = find(parent, l.b());
      if (!ra.equals(rb)) {
        parent.put(ra, rb);
        adjacent.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
        adjacent.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
      }
    }
    List<Node> out = new ArrayList<>();
    TreeSet<String> unvisited = new TreeSet<>(records);
    while (!unvisited.isEmpty()) {
      String root = unvisited.first();
      Deque<Node> stack = new ArrayDeque<>();
      stack.push(new Node(root, 0, null));
      while (!stack.isEmpty()) {
        Node n = stack.pop();
        if (!unvisited.remove(n.record())) {
          continue;
        }
        out.add(n);
        List<Node> children = new ArrayList<>();
        for (Link l : adjacent.getOrDefault(n.record(), List.of())) {
          String other = l.a().equals(n.record()) ? l.b() : l.a();
          if (unvisited.contains(other)) {
            children.add(new Node(other, n.depth() + 1, l));
          }
        }
        children.sort(Comparator.comparing(Node::record).reversed());
        children.forEach(stack::push);
      }
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }
}
