package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.openresolve.core.pipeline.ReviewPriority;
import org.openresolve.spark.schema.Columns;

/**
 * The entities of a pair table's records, so that an analyst needs no join: {@code merges/} gets
 * the {@code entity_id} both records are in; {@code review/} and {@code refused/}, whose records
 * may be in two entities, get {@code entity_id_l} and {@code entity_id_r}, and {@code review/} the
 * {@link ReviewPriority} of each pair.
 */
public final class PairEntities {
  static final String ENTITY_ID_L = "entity_id_l";
  static final String ENTITY_ID_R = "entity_id_r";
  static final String PRIORITY = "priority";

  /** Every column this class adds, for a reader that re-forms the entities (a release). */
  public static final java.util.List<String> ADDED =
      java.util.List.of(ResolveJob.ENTITY_ID, "entity_id_l", "entity_id_r", "priority");

  private static final String MEMBERS_L = "_members_l";
  private static final String MEMBERS_R = "_members_r";

  private PairEntities() {}

  /** A link joins two records of one entity: the left record's entity is the pair's. */
  static Dataset<Row> ofLinks(Dataset<Row> pairs, Dataset<Row> membership) {
    return inOrder(
        pairs.join(
            side(membership, "l", ResolveJob.ENTITY_ID),
            new String[] {PairRows.SOURCE_L, PairRows.RECORD_ID_L},
            "left"),
        pairs,
        ResolveJob.ENTITY_ID);
  }

  /** Both records' entities. */
  static Dataset<Row> ofBothRecords(Dataset<Row> pairs, Dataset<Row> membership) {
    Dataset<Row> joined =
        pairs
            .join(
                side(membership, "l", ENTITY_ID_L),
                new String[] {PairRows.SOURCE_L, PairRows.RECORD_ID_L},
                "left")
            .join(
                side(membership, "r", ENTITY_ID_R),
                new String[] {PairRows.SOURCE_R, PairRows.RECORD_ID_R},
                "left");
    return inOrder(joined, pairs, ENTITY_ID_L, ENTITY_ID_R);
  }

  /** Both records' entities and the pair's priority, from the entities' member counts. */
  static Dataset<Row> withPriority(Dataset<Row> pairs, Dataset<Row> membership) {
    Dataset<Row> members = membership.groupBy(ResolveJob.ENTITY_ID).count();
    UserDefinedFunction priority =
        udf((UDF4<Double, Long, Long, Boolean, Double>) ReviewPriority::of, DataTypes.DoubleType)
            .asNonNullable();
    Dataset<Row> joined =
        ofBothRecords(pairs, membership)
            .join(members.toDF(ENTITY_ID_L, MEMBERS_L), ENTITY_ID_L)
            .join(members.toDF(ENTITY_ID_R, MEMBERS_R), ENTITY_ID_R)
            .withColumn(
                PRIORITY,
                priority.apply(
                    col("match_probability"),
                    col(MEMBERS_L),
                    col(MEMBERS_R),
                    col(ENTITY_ID_L).equalTo(col(ENTITY_ID_R))));
    return inOrder(joined, pairs, ENTITY_ID_L, ENTITY_ID_R, PRIORITY);
  }

  /**
   * The pair table's own columns in their order, then the added ones: a join puts its keys first.
   */
  private static Dataset<Row> inOrder(Dataset<Row> joined, Dataset<Row> pairs, String... added) {
    java.util.List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
    for (String c : pairs.columns()) {
      columns.add(col(c));
    }
    for (String c : added) {
      columns.add(col(c));
    }
    return joined.select(columns.toArray(org.apache.spark.sql.Column[]::new));
  }

  private static Dataset<Row> side(Dataset<Row> membership, String side, String entityColumn) {
    return membership.select(
        col(Columns.SOURCE).as(side.equals("l") ? PairRows.SOURCE_L : PairRows.SOURCE_R),
        col(Columns.RECORD_ID).as(side.equals("l") ? PairRows.RECORD_ID_L : PairRows.RECORD_ID_R),
        col(ResolveJob.ENTITY_ID).as(entityColumn));
  }
}
