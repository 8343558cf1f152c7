package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.pipeline.ComponentClustering;
import org.openresolve.core.pipeline.NodePair;
import org.openresolve.spark.cluster.ConnectedComponents;

/**
 * Entities of the connected components of the links: each component with its members' views and
 * links gathered in one task and clustered by the core ({@link RefineComponent}).
 */
final class ComponentGuards {
  static final String JUDGED = "_judged";
  static final String KIND = "kind";
  static final String REASON = "reason";
  static final String GUARD = "guard";

  static final StructType OUTCOME =
      new StructType()
          .add(KIND, DataTypes.StringType, false)
          .add(PairRows.NODE_L, DataTypes.LongType, false)
          .add(PairRows.NODE_R, DataTypes.LongType, false)
          .add(ResolveJob.ENTITY_ID, DataTypes.StringType, true)
          .add(REASON, DataTypes.StringType, true)
          .add(GUARD, DataTypes.StringType, true);

  private ComponentGuards() {}

  /**
   * Entity ids ({@code node, entity_id}) of the nodes on links, and refused links ({@code node_l,
   * node_r, reason, guard}).
   */
  record Result(Dataset<Row> entities, Dataset<Row> refused) {}

  /**
   * @param views view rows ({@code _node, _view, ...})
   * @param components {@code node, component} for every node on a link
   * @param links {@code node_l, node_r, match_weight, judged}
   */
  static Result refine(
      SparkSession spark,
      Dataset<Row> views,
      Dataset<Row> components,
      Dataset<Row> links,
      ComponentClustering clustering,
      Set<NodePair> different) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Set<NodePair>> apart = jsc.broadcast(different);
    Dataset<Row> members =
        views
            .join(components, col(ViewRows.NODE).equalTo(col(ConnectedComponents.NODE)))
            .select(col(ConnectedComponents.COMPONENT), col(ViewRows.NODE), col(ViewRows.VIEW));
    Dataset<Row> componentLinks =
        links
            .join(components, col(PairRows.NODE_L).equalTo(col(ConnectedComponents.NODE)))
            .select(
                col(ConnectedComponents.COMPONENT),
                col(PairRows.NODE_L),
                col(PairRows.NODE_R),
                col(ScorePairs.MATCH_WEIGHT),
                col(JUDGED));
    // Grouped as Spark SQL rows (a sort on the component), not as an RDD cogroup: that would ship
    // every view and link through Java serialization and size each group object by object.
    KeyValueGroupedDataset<Long, Row> byMember =
        members.groupByKey(
            (MapFunction<Row, Long>) r -> r.getAs(ConnectedComponents.COMPONENT), Encoders.LONG());
    KeyValueGroupedDataset<Long, Row> byLink =
        componentLinks.groupByKey(
            (MapFunction<Row, Long>) r -> r.getAs(ConnectedComponents.COMPONENT), Encoders.LONG());
    Dataset<Row> rows =
        byMember
            .cogroup(byLink, new RefineComponent(clustering, apart), Encoders.row(OUTCOME))
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> entities =
        rows.filter(col(KIND).equalTo(RefineComponent.ENTITY))
            .select(col(PairRows.NODE_L).as(ViewRows.NODE), col(ResolveJob.ENTITY_ID));
    Dataset<Row> refused =
        rows.filter(col(KIND).equalTo(RefineComponent.REFUSED))
            .select(PairRows.NODE_L, PairRows.NODE_R, REASON, GUARD);
    return new Result(entities, refused);
  }
}
