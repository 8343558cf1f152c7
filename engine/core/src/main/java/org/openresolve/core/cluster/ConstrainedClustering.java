package org.openresolve.core.cluster;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Clusters the members of one connected component while honouring cannot-link constraints
 * (conflicting strong identifiers, incompatible birth dates, an analyst's DIFFERENT). Links are
 * taken strongest first, judged links before all; a link that would put two members that cannot
 * be together into one entity is rejected, with the reason, instead of merging. So the link cut is
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

  /** A refused link and why: the two members it would have joined and the constraint between them. */
  public record Rejected(ScoredLink link, int conflictA, int conflictB, String reason) {}

  private static final Comparator<ScoredLink> STRONGEST_FIRST =
      Comparator.comparing(ScoredLink::judged)
          .reversed()
          .thenComparing(Comparator.comparingDouble(ScoredLink::weight).reversed())
          .thenComparingInt(l -> Math.min(l.a(), l.b()))
          .thenComparingInt(l -> Math.max(l.a(), l.b()));

  public static Result cluster(int members, List<ScoredLink> links, CannotLink cannot) {
    return cluster(members, links, cannot, CannotLink.NONE);
  }

  /**
   * @param judged constraints from analysts, which every link obeys
   * @param guards constraints from the records themselves, which scored links obey; an analyst's
   *     SAME is a human decision taken knowing the records, so the guards do not overrule it
   */
  public static Result cluster(int members, List<ScoredLink> links, CannotLink judged, CannotLink guards) {
    requireNonNull(links, "links is null");
    requireNonNull(judged, "judged is null");
    requireNonNull(guards, "guards is null");
    CannotLink all = judged.or(guards);
    int[] parent = new int[members];
    List<List<Integer>> sets = new ArrayList<>(members);
    for (int i = 0; i < members; i++) {
      parent[i] = i;
      sets.add(new ArrayList<>(List.of(i)));
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
      Rejected conflict = conflict(link, sets.get(ra), sets.get(rb), link.judged() ? judged : all);
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

  private static Rejected conflict(ScoredLink link, List<Integer> left, List<Integer> right, CannotLink cannot) {
    for (int x : left) {
      for (int y : right) {
        Optional<String> why = cannot.reason(Math.min(x, y), Math.max(x, y));
        if (why.isPresent()) {
          return new Rejected(link, Math.min(x, y), Math.max(x, y), why.get());
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
