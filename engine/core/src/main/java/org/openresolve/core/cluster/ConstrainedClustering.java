package org.openresolve.core.cluster;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clusters the members of one connected component while honouring cannot-link constraints
 * (conflicting strong identifiers, incompatible birth dates, an analyst's DIFFERENT). Links are
 * taken strongest first, judged links before all; a link that would put two members that cannot be
 * together into one entity is rejected, with the reason, instead of merging. So the link cut is
 * always the weakest one on the path that joined them, and a chain of strong links cannot carry a
 * constraint away.
 *
 * <p>Deterministic: ties in weight are broken by member indices.
 */
public final class ConstrainedClustering {
  private ConstrainedClustering() {}

  /** The outcome: a cluster number per member, and the links that were refused. */
  public record Result(int[] clusterOf, List<Rejected> rejected) {
    public Result {
      rejected = List.copyOf(rejected);
    }
  }

  /**
   * A refused link and why: the two members it would have joined, the constraint between them and
   * which record guard it was ({@link #JUDGED} for the analysts' constraints).
   */
  public record Rejected(ScoredLink link, int conflictA, int conflictB, String reason, int guard) {}

  /** The guard number of a refusal by the analysts' constraints rather than a record guard. */
  public static final int JUDGED = -1;

  private static final Comparator<ScoredLink> STRONGEST_FIRST =
      Comparator.comparing(ScoredLink::judged)
          .reversed()
          .thenComparing(Comparator.comparingDouble(ScoredLink::weight).reversed())
          .thenComparingInt(l -> Math.min(l.a(), l.b()))
          .thenComparingInt(l -> Math.max(l.a(), l.b()));

  public static Result cluster(int members, List<ScoredLink> links, CannotLink cannot) {
    return cluster(members, links, cannot, RecordGuards.distinct(members, CannotLink.NONE));
  }

  /** With record guards only (no analysts' judgements), every member told apart from the others. */
  public static Result guarded(int members, List<ScoredLink> links, CannotLink guards) {
    return cluster(members, links, CannotLink.NONE, RecordGuards.distinct(members, guards));
  }

  /**
   * @param judged constraints from analysts, which every link obeys
   * @param guards constraints from the records themselves, which scored links obey; an analyst's
   *     SAME is a human decision taken knowing the records, so the guards do not overrule it
   */
  public static Result cluster(
      int members, List<ScoredLink> links, CannotLink judged, RecordGuards guards) {
    requireNonNull(links, "links is null");
    requireNonNull(judged, "judged is null");
    requireNonNull(guards, "guards is null");
    if (guards.members() != members) {
      throw new IllegalArgumentException(
          "guards for " + guards.members() + " members, the component has " + members);
    }
    int[] parent = new int[members];
    List<List<Integer>> sets = new ArrayList<>(members);
    for (int i = 0; i < members; i++) {
      parent[i] = i;
      sets.add(new ArrayList<>(List.of(i)));
    }
    // Per guard of chains, the pairs of classes some link compared directly: its score weighed
    // that disagreement.
    List<Set<Long>> weighed = new ArrayList<>(guards.size());
    for (int g = 0; g < guards.size(); g++) {
      Set<Long> pairs = new HashSet<>();
      if (guards.scope(g) == RecordGuards.Scope.CHAINS) {
        for (ScoredLink link : links) {
          pairs.add(guards.classPair(g, link.a(), link.b()));
        }
      }
      weighed.add(pairs);
    }
    List<ScoredLink> ordered = new ArrayList<>(links);
    ordered.sort(STRONGEST_FIRST);
    List<Rejected> rejected = new ArrayList<>();
    for (ScoredLink link : ordered) {
      int ra = find(parent, link.a());
      int rb = find(parent, link.b());
      if (ra == rb) {
        continue;
      }
      Rejected conflict =
          conflict(
              link, sets.get(ra), sets.get(rb), judged, link.judged() ? null : guards, weighed);
      if (conflict != null) {
        rejected.add(conflict);
        continue;
      }
      // Union by size keeps the member lists short to scan.
      int keep = sets.get(ra).size() >= sets.get(rb).size() ? ra : rb;
      int gone = keep == ra ? rb : ra;
      parent[gone] = keep;
      sets.get(keep).addAll(sets.get(gone));
      sets.set(gone, List.of());
    }
    int[] clusterOf = new int[members];
    for (int i = 0; i < members; i++) {
      clusterOf[i] = find(parent, i);
    }
    return new Result(clusterOf, rejected);
  }

  /**
   * The first pair across the two sets that may not be together. A guard of every pair is asked
   * about the two records of the link itself like any other pair: a score high enough to link does
   * not make two different tax ids one person, so a chain of links and a direct link are refused
   * alike. A guard of chains is not asked about a pair of classes a link compared directly.
   */
  private static Rejected conflict(
      ScoredLink link,
      List<Integer> left,
      List<Integer> right,
      CannotLink judged,
      RecordGuards guards,
      List<Set<Long>> weighed) {
    for (int x : left) {
      for (int y : right) {
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        Optional<String> why = judged.reason(a, b);
        int guard = JUDGED;
        for (int g = 0; why.isEmpty() && guards != null && g < guards.size(); g++) {
          if (!weighed.get(g).contains(guards.classPair(g, a, b))) {
            why = guards.reason(g, a, b);
            guard = g;
          }
        }
        if (why.isPresent()) {
          return new Rejected(link, a, b, why.get(), guard);
        }
      }
    }
    return null;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
