package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.openresolve.core.pipeline.EntityId;
import org.openresolve.spark.cluster.ConnectedComponents;

/**
 * Entities from connected components, with ids derived from their members: {@code E-} and the first
 * 16 hex digits of the sha256 of the entity's smallest record key, so an id depends only on
 * membership, never on partitioning. Resolution and export both form entities here.
 */
public final class EntityIds {
  /** The node id column of {@link #membership}'s input: any unique long per record. */
  public static final String NODE = ViewRows.NODE;

  /** The entity's smallest record key, {@code source:record_id}. */
  public static final String ROOT_KEY = "_root_key";

  private EntityIds() {}

  /**
   * Every record with its entity; a record on no edge is an entity of its own.
   *
   * @param nodes {@code (NODE, source, record_id)}
   * @param components {@link ConnectedComponents} output
   * @return {@code (source, record_id, entity_id, NODE)}
   */
  public static Dataset<Row> membership(Dataset<Row> nodes, Dataset<Row> components) {
    Dataset<Row> assigned =
        nodes
            .select(NODE, ViewRows.SOURCE, ViewRows.RECORD_ID)
            .join(components, col(NODE).equalTo(col(ConnectedComponents.NODE)), "left")
            .select(
                col(NODE),
                col(ViewRows.SOURCE),
                col(ViewRows.RECORD_ID),
                coalesce(col(ConnectedComponents.COMPONENT), col(NODE)).as(ResolveJob.COMPONENT));
    Dataset<Row> ids =
        assigned
            .groupBy(ResolveJob.COMPONENT)
            .agg(min(concat_ws(":", col(ViewRows.SOURCE), col(ViewRows.RECORD_ID))).as(ROOT_KEY))
            .select(col(ResolveJob.COMPONENT), derive(col(ROOT_KEY)).as(ResolveJob.ENTITY_ID));
    return assigned
        .join(ids, ResolveJob.COMPONENT)
        .select(ViewRows.SOURCE, ViewRows.RECORD_ID, ResolveJob.ENTITY_ID, NODE);
  }

  /**
   * Every record with the entity id clustering gave it ({@link ComponentGuards}); a record on no
   * link is an entity of its own.
   *
   * @param nodes {@code (NODE, source, record_id)}
   * @param entities {@code (NODE, entity_id)} of the records on links
   * @return {@code (source, record_id, entity_id, NODE)}
   */
  static Dataset<Row> resolved(Dataset<Row> nodes, Dataset<Row> entities) {
    return nodes
        .select(NODE, ViewRows.SOURCE, ViewRows.RECORD_ID)
        .join(
            entities.withColumnRenamed(NODE, "_entity_node"),
            col(NODE).equalTo(col("_entity_node")),
            "left")
        .select(
            col(ViewRows.SOURCE),
            col(ViewRows.RECORD_ID),
            coalesce(
                    col(ResolveJob.ENTITY_ID),
                    derive(concat_ws(":", col(ViewRows.SOURCE), col(ViewRows.RECORD_ID))))
                .as(ResolveJob.ENTITY_ID),
            col(NODE));
  }

  /** The id derived from a record key ({@link EntityId#derive}). */
  public static Column derive(Column rootKey) {
    return DERIVE.apply(rootKey);
  }

  private static final UserDefinedFunction DERIVE =
      udf((UDF1<String, String>) EntityId::derive, DataTypes.StringType).asNonNullable();
}
