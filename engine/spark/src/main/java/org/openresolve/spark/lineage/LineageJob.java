package org.openresolve.spark.lineage;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.lineage.IdCarryOver;
import org.openresolve.core.lineage.LineageEvent;
import org.openresolve.core.lineage.NewEntity;
import org.openresolve.core.lineage.Overlap;
import org.openresolve.spark.resolve.EntityIds;
import org.openresolve.spark.resolve.ResolveJob;
import org.openresolve.spark.resolve.ResolveTables;
import org.openresolve.spark.schema.Columns;

/**
 * Carries entity ids over from an earlier run and writes {@code lineage/}. Spark counts the records
 * each new entity shares with each previous one; an entity whose records are exactly those of one
 * previous entity keeps its id here, and only the rest (changed entities, the new and the retired)
 * go to the driver, where {@link IdCarryOver} decides.
 */
public final class LineageJob {
  public static final String LINEAGE = "lineage";
  public static final String PREVIOUS_ENTITY_ID = "previous_entity_id";
  public static final String EVENT = "event";
  public static final String RECORDS_SHARED = "records_shared";

  static final StructType SCHEMA =
      new StructType()
          .add(PREVIOUS_ENTITY_ID, DataTypes.StringType, true)
          .add(ResolveJob.ENTITY_ID, DataTypes.StringType, true)
          .add(EVENT, DataTypes.StringType, false)
          .add(RECORDS_SHARED, DataTypes.LongType, false);

  private static final String FINAL_ID = "_final_id";
  private static final StructType ID_MAP =
      new StructType()
          .add(ResolveJob.ENTITY_ID, DataTypes.StringType, false)
          .add(FINAL_ID, DataTypes.StringType, false);

  private LineageJob() {}

  /**
   * @param membership {@code (source, record_id, entity_id, ...)} with ids as this run derived them
   * @param previous an earlier run's output directory
   * @return the membership with the carried-over ids, other columns unchanged (persisted)
   */
  public static Dataset<Row> carryOver(
      SparkSession spark, Dataset<Row> membership, Path previous, Path out) {
    Path previousMembership = previous.resolve(ResolveTables.MEMBERSHIP);
    if (!Files.isDirectory(previousMembership)) {
      throw new UserInputException(
          "no " + ResolveTables.MEMBERSHIP + "/ in the previous run " + previous);
    }
    Dataset<Row> before =
        spark
            .read()
            .parquet(previousMembership.toString())
            .select(
                col(Columns.SOURCE),
                col(Columns.RECORD_ID),
                col(ResolveJob.ENTITY_ID).as(PREVIOUS_ENTITY_ID));
    Dataset<Row> previousSizes =
        before.groupBy(PREVIOUS_ENTITY_ID).agg(count(lit(1)).as("previous_size"));
    Dataset<Row> entities =
        membership
            .groupBy(ResolveJob.ENTITY_ID)
            .agg(
                count(lit(1)).as("size"),
                min(concat_ws(":", col(Columns.SOURCE), col(Columns.RECORD_ID)))
                    .as(EntityIds.ROOT_KEY));
    Dataset<Row> overlaps =
        membership
            .join(before, new String[] {Columns.SOURCE, Columns.RECORD_ID})
            .groupBy(ResolveJob.ENTITY_ID, PREVIOUS_ENTITY_ID)
            .agg(count(lit(1)).as(RECORDS_SHARED))
            .join(entities, ResolveJob.ENTITY_ID)
            .join(previousSizes, PREVIOUS_ENTITY_ID)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> unchanged =
        overlaps.filter(
            col(RECORDS_SHARED)
                .equalTo(col("size"))
                .and(col(RECORDS_SHARED).equalTo(col("previous_size"))));

    // The rest, small when little changed, goes to the core.
    Dataset<Row> changed =
        entities.join(
            unchanged.select(ResolveJob.ENTITY_ID),
            new String[] {ResolveJob.ENTITY_ID},
            "left_anti");
    Dataset<Row> usedIds = before.select(col(PREVIOUS_ENTITY_ID)).distinct();
    List<NewEntity> newEntities = new ArrayList<>();
    for (Row r :
        changed
            .join(usedIds, col(ResolveJob.ENTITY_ID).equalTo(col(PREVIOUS_ENTITY_ID)), "left")
            .select(
                col(ResolveJob.ENTITY_ID),
                col(EntityIds.ROOT_KEY),
                col(PREVIOUS_ENTITY_ID).isNotNull())
            .collectAsList()) {
      newEntities.add(new NewEntity(r.getString(0), r.getString(1), r.getBoolean(2)));
    }
    List<Overlap> changedOverlaps = new ArrayList<>();
    Map<String, Long> sizes = new HashMap<>();
    for (Row r :
        overlaps
            .join(changed.select(ResolveJob.ENTITY_ID), ResolveJob.ENTITY_ID)
            .select(PREVIOUS_ENTITY_ID, ResolveJob.ENTITY_ID, RECORDS_SHARED, "previous_size")
            .collectAsList()) {
      changedOverlaps.add(new Overlap(r.getString(0), r.getString(1), r.getLong(2)));
      sizes.put(r.getString(0), r.getLong(3));
    }
    for (Row r :
        previousSizes
            .join(
                overlaps.select(PREVIOUS_ENTITY_ID), new String[] {PREVIOUS_ENTITY_ID}, "left_anti")
            .collectAsList()) {
      sizes.put(r.getString(0), r.getLong(1));
    }
    IdCarryOver.Result decided = IdCarryOver.decide(sizes, newEntities, changedOverlaps);

    Dataset<Row> ids =
        unchanged
            .select(col(ResolveJob.ENTITY_ID), col(PREVIOUS_ENTITY_ID).as(FINAL_ID))
            .union(
                spark.createDataFrame(
                    decided.ids().entrySet().stream()
                        .map(e -> RowFactory.create(e.getKey(), e.getValue()))
                        .toList(),
                    ID_MAP));
    Dataset<Row> lineage =
        unchanged
            .select(
                col(PREVIOUS_ENTITY_ID),
                col(PREVIOUS_ENTITY_ID).as(ResolveJob.ENTITY_ID),
                lit(LineageEvent.Kind.KEPT.name()).as(EVENT),
                col(RECORDS_SHARED))
            .union(
                spark.createDataFrame(
                    decided.events().stream().map(LineageJob::row).toList(), SCHEMA));
    lineage
        .orderBy(
            col(ResolveJob.ENTITY_ID).asc_nulls_last(), col(PREVIOUS_ENTITY_ID).asc_nulls_first())
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(LINEAGE).toString());

    String[] columns = membership.columns();
    Dataset<Row> carried =
        membership
            .join(ids, new String[] {ResolveJob.ENTITY_ID}, "left")
            .withColumn(ResolveJob.ENTITY_ID, coalesce(col(FINAL_ID), col(ResolveJob.ENTITY_ID)))
            .select(
                java.util.Arrays.stream(columns)
                    .map(org.apache.spark.sql.functions::col)
                    .toArray(org.apache.spark.sql.Column[]::new))
            .persist(StorageLevel.MEMORY_AND_DISK());
    carried.count();
    overlaps.unpersist();
    return carried;
  }

  private static Row row(LineageEvent e) {
    return RowFactory.create(e.previousId(), e.entityId(), e.kind().name(), e.recordsShared());
  }
}
