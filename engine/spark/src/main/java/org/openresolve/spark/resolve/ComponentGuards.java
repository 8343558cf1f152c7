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
import org.openresolve.core.cluster.RecordConflicts;
import org.openresolve.spark.cluster.ConnectedComponents;

/**
 * Splits connected components that must not be one entity. Each component with two or more
 * members is gathered in one task with its members' views and links, and clustered under the
 * guards of the rule set and the analysts' DIFFERENT judgements ({@link RefineComponent}).
 */
final class ComponentGuards {
  static final StructType OUTCOME =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("a", DataTypes.LongType, false)
          .add("b", DataTypes.LongType, false)
          .add("reason", DataTypes.StringType, true);

  private ComponentGuards() {}

  /** Refined components ({@code node, component}) and refused links ({@code node_l, node_r, reason}). */
  record Result(Dataset<Row> components, Dataset<Row> refused) {}

  /**
   * @param views view rows ({@code _node, source, record_id, _view, ...})
   * @param components {@code node, component} for every node on a link
   * @param links {@code node_l, node_r, weight, judged}
   */
  static Result refine(
      SparkSession spark, Dataset<Row> views, Dataset<Row> components, Dataset<Row> links, RecordConflicts conflicts, Set<String> different) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Set<String>> apart = jsc.broadcast(different);
    Dataset<Row> members =
        views.join(components, col(ViewRows.NODE).equalTo(col(ConnectedComponents.NODE)))
            .select(col(ConnectedComponents.COMPONENT), col(ViewRows.NODE), col(ViewRows.VIEW),
                org.apache.spark.sql.functions.concat_ws(":", col(ViewRows.SOURCE), col(ViewRows.RECORD_ID)).as("key"));
    Dataset<Row> componentLinks =
        links.join(components, col("node_l").equalTo(col(ConnectedComponents.NODE)))
            .select(col(ConnectedComponents.COMPONENT), col("node_l"), col("node_r"), col("weight"), col("judged"));
    // Grouped as Spark SQL rows (a sort on the component), not as an RDD cogroup: that would ship
    // every view and link through Java serialization and size each group object by object.
    KeyValueGroupedDataset<Long, Row> byMember = members.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG());
    KeyValueGroupedDataset<Long, Row> byLink = componentLinks.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG());
    Dataset<Row> outcome = byMember.cogroup(byLink, new RefineComponent(conflicts, apart), Encoders.row(OUTCOME));
    Dataset<Row> rows = outcome.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> refined =
        rows.filter(col("kind").equalTo(RefineComponent.MEMBER)).select(col("a").as(ConnectedComponents.NODE), col("b").as(ConnectedComponents.COMPONENT));
    Dataset<Row> refused =
        rows.filter(col("kind").equalTo(RefineComponent.REFUSED)).select(col("a").as("node_l"), col("b").as("node_r"), col("reason"));
    return new Result(refined, refused);
  }
}
