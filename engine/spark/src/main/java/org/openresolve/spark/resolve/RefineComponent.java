package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.pipeline.ComponentClustering;
import org.openresolve.core.pipeline.NodePair;

/**
 * Runs the core's {@link ComponentClustering} over one connected component: its members' views and
 * its links. Yields an {@link #ENTITY} row per member with its entity id, and a {@link #REFUSED}
 * row per link cut, with the reason. Plumbing only: every decision is the core's.
 */
final class RefineComponent implements CoGroupFunction<Long, Row, Row, Row> {
  static final String ENTITY = "ENTITY";
  static final String REFUSED = "REFUSED";

  private final ComponentClustering clustering;
  private final Broadcast<Set<NodePair>> different;

  RefineComponent(ComponentClustering clustering, Broadcast<Set<NodePair>> different) {
    this.clustering = requireNonNull(clustering, "clustering is null");
    this.different = requireNonNull(different, "different is null");
  }

  /**
   * @param memberRows {@code (component, node, view)}
   * @param linkRows {@code (component, node_l, node_r, weight, judged)}
   */
  @Override
  public Iterator<Row> call(Long component, Iterator<Row> memberRows, Iterator<Row> linkRows) {
    List<ComponentClustering.Member> members = new ArrayList<>();
    memberRows.forEachRemaining(
        r ->
            members.add(
                new ComponentClustering.Member(
                    r.getAs(ViewRows.NODE), MatchViewCodec.decode(r.getAs(ViewRows.VIEW)))));
    List<ComponentClustering.Link> links = new ArrayList<>();
    linkRows.forEachRemaining(
        l ->
            links.add(
                new ComponentClustering.Link(
                    l.getAs(PairRows.NODE_L),
                    l.getAs(PairRows.NODE_R),
                    l.getAs(ScorePairs.MATCH_WEIGHT),
                    l.<Boolean>getAs(ComponentGuards.JUDGED))));
    ComponentClustering.Result result = clustering.cluster(members, links, different.value());
    List<Row> out = new ArrayList<>(members.size() + result.refused().size());
    result
        .entityOf()
        .forEach(
            (node, entity) -> out.add(RowFactory.create(ENTITY, node, node, entity, null, null)));
    for (ComponentClustering.Refusal r : result.refused()) {
      out.add(
          RowFactory.create(
              REFUSED,
              r.pair().left(),
              r.pair().right(),
              null,
              r.reason().message(),
              r.reason().guard().name()));
    }
    return out.iterator();
  }
}
