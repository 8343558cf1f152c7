package org.openresolve.core.cluster;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Constraints from the records themselves, each with the facts it reads: a guard on birth dates
 * says of any two records what it says of any two others with the same birth dates. So members
 * fall, per guard, into classes of equal facts, and what a guard says of two classes holds for
 * any other members of those classes: it is asked once per pair of classes.
 */
public final class RecordGuards {
  private final int members;
  private final List<CannotLink> reasons;
  private final List<int[]> classes;

  private RecordGuards(int members, List<CannotLink> reasons, List<int[]> classes) {
    this.members = members;
    this.reasons = List.copyOf(reasons);
    this.classes = List.copyOf(classes);
  }

  /** No guard at all. */
  public static RecordGuards none(int members) {
    if (members < 0) {
      throw new IllegalArgumentException("members must not be negative: " + members);
    }
    return new RecordGuards(members, List.of(), List.of());
  }

  /** One guard that tells every member apart from the others (no two share facts). */
  public static RecordGuards distinct(int members, CannotLink reasons) {
    return none(members).and(i -> i, reasons);
  }

  /** These guards and one more, which reads of member i the facts {@code factsOf(i)}. */
  public <F> RecordGuards and(IntFunction<F> factsOf, CannotLink reason) {
    requireNonNull(factsOf, "factsOf is null");
    requireNonNull(reason, "reason is null");
    Map<F, Integer> seen = new HashMap<>();
    int[] classOf = new int[members];
    for (int i = 0; i < members; i++) {
      F facts = requireNonNull(factsOf.apply(i), "facts of a member are null");
      Integer known = seen.putIfAbsent(facts, seen.size());
      classOf[i] = known != null ? known : seen.get(facts);
    }
    List<CannotLink> r = new ArrayList<>(reasons);
    r.add(reason);
    List<int[]> c = new ArrayList<>(classes);
    c.add(classOf);
    return new RecordGuards(members, r, c);
  }

  int members() {
    return members;
  }

  int size() {
    return reasons.size();
  }

  Optional<String> reason(int guard, int a, int b) {
    return reasons.get(guard).reason(a, b);
  }

  /** Key of the unordered pair of classes of two members under one guard. */
  long classPair(int guard, int a, int b) {
    int[] classOf = classes.get(guard);
    int x = classOf[a];
    int y = classOf[b];
    return ((long) Math.min(x, y) << 32) | Math.max(x, y);
  }
}
