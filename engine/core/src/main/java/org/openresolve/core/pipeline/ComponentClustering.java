package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openresolve.core.cluster.CannotLink;
import org.openresolve.core.cluster.ConstrainedClustering;
import org.openresolve.core.cluster.GivenNameConflict;
import org.openresolve.core.cluster.RecordConflicts;
import org.openresolve.core.cluster.RecordGuards;
import org.openresolve.core.cluster.SameRow;
import org.openresolve.core.cluster.ScoredLink;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RuleSet;

/**
 * Entities of one connected component of links: the component is clustered under the rule set's
 * guards ({@link RecordConflicts}), a records' being one source row ({@link SameRow}) and the
 * analysts' DIFFERENT judgements ({@link ConstrainedClustering}: the weakest link joining two
 * records that cannot be one person is refused). Each cluster is an entity whose id derives from
 * its members ({@link EntityId}).
 */
public final class ComponentClustering implements Serializable {
  private static final long serialVersionUID = 1L;

  private final RecordConflicts conflicts;

  public ComponentClustering(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    this.conflicts =
        new RecordConflicts(
            rules.guards().exclusiveTypeNames(),
            rules.guards().maxBirthYearGap(),
            GivenNameConflict.of(rules));
  }

  /** A record of the component. */
  public record Member(long node, MatchView view) implements Serializable {
    public Member {
      requireNonNull(view, "view is null");
    }
  }

  /** A link of the component: both nodes, its weight and whether an analyst judged it SAME. */
  public record Link(long left, long right, double weight, boolean judged)
      implements Serializable {}

  /** A link clustering refused, and why. */
  public record Refusal(NodePair pair, DecisionReason.Refused reason) implements Serializable {}

  /** Each member's entity id by node, and the refused links. */
  public record Result(Map<Long, String> entityOf, List<Refusal> refused) {
    public Result {
      entityOf = Map.copyOf(entityOf);
      refused = List.copyOf(refused);
    }
  }

  /**
   * @param links links among the members (others are ignored)
   * @param judgedApart the pairs analysts judged DIFFERENT
   */
  public Result cluster(List<Member> members, List<Link> links, Set<NodePair> judgedApart) {
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparingLong(Member::node));
    int size = sorted.size();
    List<MatchView> views = sorted.stream().map(Member::view).toList();
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < size; i++) {
      index.put(sorted.get(i).node(), i);
    }
    List<ScoredLink> scored = new ArrayList<>();
    for (Link l : links) {
      Integer a = index.get(l.left());
      Integer b = index.get(l.right());
      if (a != null && b != null) {
        scored.add(new ScoredLink(a, b, l.weight(), l.judged()));
      }
    }
    CannotLink analysts =
        (a, b) ->
            judgedApart.contains(NodePair.of(sorted.get(a).node(), sorted.get(b).node()))
                ? Optional.of(
                    "an analyst judged "
                        + views.get(a).key()
                        + " and "
                        + views.get(b).key()
                        + " DIFFERENT")
                : Optional.empty();
    // Absolute like a judgement, so it holds for a direct link too.
    CannotLink sameRow =
        (a, b) ->
            SameRow.between(views.get(a), views.get(b))
                .map(why -> views.get(a).key() + " and " + views.get(b).key() + " " + why);
    RecordGuards guards = conflicts.guards(views, i -> views.get(i).key());
    ConstrainedClustering.Result result =
        ConstrainedClustering.cluster(size, scored, analysts.or(sameRow), guards);
    Map<Integer, List<String>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      clusters
          .computeIfAbsent(result.clusterOf()[i], c -> new ArrayList<>())
          .add(views.get(i).key());
    }
    Map<Integer, String> ids = new HashMap<>();
    clusters.forEach((c, keys) -> ids.put(c, EntityId.of(keys)));
    Map<Long, String> entityOf = new HashMap<>();
    for (int i = 0; i < size; i++) {
      entityOf.put(sorted.get(i).node(), ids.get(result.clusterOf()[i]));
    }
    List<Refusal> refused = new ArrayList<>();
    for (ConstrainedClustering.Rejected r : result.rejected()) {
      NodePair pair = NodePair.of(sorted.get(r.link().a()).node(), sorted.get(r.link().b()).node());
      refused.add(new Refusal(pair, new DecisionReason.Refused(guardOf(r, analysts), r.reason())));
    }
    return new Result(entityOf, refused);
  }

  private static Guard guardOf(ConstrainedClustering.Rejected r, CannotLink analysts) {
    return switch (r.guard()) {
      case ConstrainedClustering.JUDGED ->
          analysts.reason(r.conflictA(), r.conflictB()).isPresent()
              ? Guard.JUDGED_DIFFERENT
              : Guard.SAME_ROW;
      case RecordConflicts.IDENTITY_DOCUMENT_GUARD -> Guard.IDENTITY_DOCUMENT;
      case RecordConflicts.BIRTH_DATE_GUARD -> Guard.BIRTH_DATES;
      case RecordConflicts.GIVEN_NAME_GUARD -> Guard.GIVEN_NAMES;
      default -> throw new IllegalStateException("no guard numbered " + r.guard());
    };
  }
}
