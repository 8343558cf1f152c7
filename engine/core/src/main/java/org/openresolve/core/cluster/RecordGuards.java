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
 * fall, per guard, into classes of equal facts, and a disagreement a scored link has weighed
 * between two classes is the same disagreement between any other members of those classes.
 *
 * <p>A guard has a scope. One that {@linkplain Scope#EVERY_PAIR judges every pair} refuses a direct
 * link too: what it reads rules identity out whatever the score (two tax ids). One that {@linkplain
 * Scope#CHAINS judges chains} reads a field the scoring weighs with its own tolerance for a
 * mistyped value (a birth date, a given name): it is not asked about a pair of classes some link
 * compared directly, since that link's score weighed exactly that disagreement, and it cuts what a
 * chain carries past the scoring.
 */
public final class RecordGuards {
  private final int members;
  private final List<CannotLink> reasons;
  private final List<int[]> classes;
  private final List<Scope> scopes;

  /** Which pairs a guard is asked about. */
  public enum Scope {
    /** Every pair an entity would hold, the two records of a direct link too. */
    EVERY_PAIR,
    /** Pairs of classes no link compared directly: what a chain joins. */
    CHAINS
  }

  private RecordGuards(
      int members, List<CannotLink> reasons, List<int[]> classes, List<Scope> scopes) {
    this.members = members;
    this.reasons = List.copyOf(reasons);
    this.classes = List.copyOf(classes);
    this.scopes = List.copyOf(scopes);
  }

  /** No guard at all. */
  public static RecordGuards none(int members) {
    if (members < 0) {
      throw new IllegalArgumentException("members must not be negative: " + members);
    }
    return new RecordGuards(members, List.of(), List.of(), List.of());
  }

  /** One guard of every pair that tells every member apart from the others (no two share facts). */
  public static RecordGuards distinct(int members, CannotLink reasons) {
    return none(members).and(i -> i, reasons, Scope.EVERY_PAIR);
  }

  /** These guards and one more, which reads of member i the facts {@code factsOf(i)}. */
  public <F> RecordGuards and(IntFunction<F> factsOf, CannotLink reason, Scope scope) {
    requireNonNull(factsOf, "factsOf is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(scope, "scope is null");
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
    List<Scope> s = new ArrayList<>(scopes);
    s.add(scope);
    return new RecordGuards(members, r, c, s);
  }

  int members() {
    return members;
  }

  int size() {
    return reasons.size();
  }

  Scope scope(int guard) {
    return scopes.get(guard);
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
