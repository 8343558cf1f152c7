package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.openresolve.core.cluster.CannotLink;
import org.openresolve.core.cluster.ConstrainedClustering;
import org.openresolve.core.cluster.RecordConflicts;
import org.openresolve.core.cluster.RecordGuards;
import org.openresolve.core.cluster.SameRow;
import org.openresolve.core.cluster.ScoredLink;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.MatchView;

/**
 * Runs the core's constrained clustering over one connected component: its members' views (for
 * the record conflicts), its links (scored and judged) and the analysts' DIFFERENT judgements.
 * Yields a {@code MEMBER} row per member with its cluster's smallest node, and a {@code REFUSED}
 * row per link cut, with the reason. Plumbing only: every decision is the core's.
 */
final class RefineComponent implements CoGroupFunction<Long, Row, Row, Row> {
  static final String MEMBER = "MEMBER";
  static final String REFUSED = "REFUSED";

  private final RecordConflicts conflicts;
  private final Broadcast<Set<String>> different;

  RefineComponent(RecordConflicts conflicts, Broadcast<Set<String>> different) {
    this.conflicts = requireNonNull(conflicts, "conflicts is null");
    this.different = requireNonNull(different, "different is null");
  }

  /** Key of an unordered node pair, as the DIFFERENT set holds it. */
  static String pairKey(long a, long b) {
    return Math.min(a, b) + "|" + Math.max(a, b);
  }

  /**
   * @param memberRows {@code (component, node, view, key)}
   * @param linkRows {@code (component, node_l, node_r, weight, judged)}
   */
  @Override
  public Iterator<Row> call(Long component, Iterator<Row> memberRows, Iterator<Row> linkRows) {
    List<Row> members = new ArrayList<>();
    memberRows.forEachRemaining(r -> members.add(RowFactory.create(r.getLong(1), r.get(2), r.getString(3))));
    members.sort((a, b) -> Long.compare(a.getLong(0), b.getLong(0)));
    long[] nodes = new long[members.size()];
    List<MatchView> views = new ArrayList<>(members.size());
    java.util.Map<Long, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      nodes[i] = members.get(i).getLong(0);
      views.add(MatchViewCodec.decode((byte[]) members.get(i).get(1)));
      index.put(nodes[i], i);
    }
    List<ScoredLink> links = new ArrayList<>();
    while (linkRows.hasNext()) {
      Row l = linkRows.next();
      Integer a = index.get(l.getLong(1));
      Integer b = index.get(l.getLong(2));
      if (a != null && b != null) {
        links.add(new ScoredLink(a, b, l.getDouble(3), l.getBoolean(4)));
      }
    }
    Set<String> judgedApart = different.value();
    CannotLink analysts = (a, b) -> judgedApart.contains(pairKey(nodes[a], nodes[b]))
        ? Optional.of("an analyst judged " + members.get(a).getString(2) + " and " + members.get(b).getString(2) + " DIFFERENT")
        : Optional.empty();
    // Absolute like a judgement, so it holds for a direct link too.
    CannotLink sameRow = (a, b) -> SameRow.between(views.get(a), views.get(b))
        .map(why -> members.get(a).getString(2) + " and " + members.get(b).getString(2) + " " + why);
    CannotLink judged = analysts.or(sameRow);
    RecordGuards guards = conflicts.guards(views, i -> members.get(i).getString(2));
    ConstrainedClustering.Result result = ConstrainedClustering.cluster(members.size(), links, judged, guards);
    long[] smallest = new long[members.size()];
    java.util.Arrays.fill(smallest, Long.MAX_VALUE);
    for (int i = 0; i < members.size(); i++) {
      int c = result.clusterOf()[i];
      smallest[c] = Math.min(smallest[c], nodes[i]);
    }
    List<Row> out = new ArrayList<>(members.size() + result.rejected().size());
    for (int i = 0; i < members.size(); i++) {
      out.add(RowFactory.create(MEMBER, nodes[i], smallest[result.clusterOf()[i]], null));
    }
    for (ConstrainedClustering.Rejected r : result.rejected()) {
      long a = nodes[r.link().a()];
      long b = nodes[r.link().b()];
      out.add(RowFactory.create(REFUSED, Math.min(a, b), Math.max(a, b), r.reason()));
    }
    return out.iterator();
  }
}
