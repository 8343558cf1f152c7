package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.openresolve.core.rules.HandlingCodes;
import org.openresolve.spark.schema.Columns;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Writes {@code statements/} and then {@code entities/} from the same statements, so that every
 * value of an entity is one of its statements. Resolution and export both write them here.
 */
public final class EntityTables {
  public static final String STATEMENTS = "statements";
  public static final String ENTITIES = "entities";
  /** An entity joins a victim or witness with a suspect or convicted person: an analyst should look. */
  public static final String VICTIM_OR_WITNESS_WITH_SUSPECT = "VICTIM_OR_WITNESS_WITH_SUSPECT";
  /** More members than the rule set's {@code guards.max_entity_size}. */
  public static final String OVERSIZE_ENTITY = "OVERSIZE_ENTITY";

  private EntityTables() {}

  /**
   * @param membership {@code (source, record_id, entity_id)}
   * @param records rows of the {@code records/} table
   */
  public static void write(Dataset<Row> membership, Dataset<Row> records, HandlingCodes codes, Path out) {
    write(membership, records, codes, Integer.MAX_VALUE, out);
  }

  /** @param maxEntitySize entities with more members are flagged {@link #OVERSIZE_ENTITY} */
  public static void write(Dataset<Row> membership, Dataset<Row> records, HandlingCodes codes, int maxEntitySize, Path out) {
    // Hash-partitioned by entity rather than globally sorted: a range sort samples its input first,
    // which would run the join and the explode twice, and the entities' aggregate then needs no
    // shuffle of its own. Each file is still sorted; no reader relies on an order across files.
    Dataset<Row> statements =
        StatementsTable.of(membership, records)
            .repartition(col(ResolveJob.ENTITY_ID))
            .sortWithinPartitions(ResolveJob.ENTITY_ID, Columns.SOURCE, Columns.RECORD_ID, StatementsTable.ATTRIBUTE, StatementsTable.AS_WRITTEN)
            .persist(StorageLevel.MEMORY_AND_DISK());
    statements.write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(STATEMENTS).toString());
    entities(statements, codes, maxEntitySize).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(ENTITIES).toString());
    statements.unpersist();
  }

  /** One row per entity, every list a sorted, distinct aggregation of its statements. */
  static Dataset<Row> entities(Dataset<Row> statements, HandlingCodes codes) {
    return entities(statements, codes, Integer.MAX_VALUE);
  }

  static Dataset<Row> entities(Dataset<Row> statements, HandlingCodes codes, int maxEntitySize) {
    UserDefinedFunction mostRestrictive =
        udf((UDF1<Seq<String>, String>) c -> codes.mostRestrictive(CollectionConverters.asJava(c)), DataTypes.StringType);
    Column category = col(StatementsTable.ATTRIBUTE).equalTo("subject_category");
    return statements
        .groupBy(ResolveJob.ENTITY_ID)
        .agg(
            array_sort(collect_set(col(Columns.SOURCE))).as("sources"),
            array_sort(collect_list(when(category, struct(col(Columns.SOURCE), col(Columns.RECORD_ID), col(StatementsTable.AS_WRITTEN).as(Columns.SUBJECT_CATEGORY)))))
                .as("members"),
            values("name").as("names"),
            values("birth_date").as("birth_dates"),
            values("identifier").as("identifiers"),
            collect_list(when(category, struct(col(StatementsTable.AS_WRITTEN).as("category"), expr("concat(source, ':', record_id)").as("record"))))
                .as("_categories"),
            collect_list(when(col(StatementsTable.ATTRIBUTE).equalTo("handling_code"), col(StatementsTable.NORMALISED))).as("_codes"))
        .select(
            col(ResolveJob.ENTITY_ID),
            size(col("members")).cast(DataTypes.LongType).as("member_count"),
            col("sources"),
            col("members"),
            col("names"),
            col("birth_dates"),
            col("identifiers"),
            expr(
                    "transform(array_sort(array_distinct(transform(_categories, c -> c.category))), k -> named_struct('category', k,"
                        + " 'records', array_sort(transform(filter(_categories, c -> c.category = k), c -> c.record))))")
                .as("subject_categories"),
            mostRestrictive.apply(col("_codes")).as(Columns.HANDLING_CODE),
            expr(
                    "concat(if(exists(_categories, c -> c.category in ('VICTIM', 'WITNESS')) and exists(_categories, c -> c.category in ('SUSPECT', 'CONVICTED')),"
                        + " array('" + VICTIM_OR_WITNESS_WITH_SUSPECT + "'), cast(array() as array<string>)),"
                        + " if(size(members) > " + maxEntitySize + ", array('" + OVERSIZE_ENTITY + "'), cast(array() as array<string>)))")
                .as("review_flags"))
        .sortWithinPartitions(ResolveJob.ENTITY_ID);
  }

  /** The distinct normalised values of one attribute, sorted; values that could not be normalised are left out. */
  private static Column values(String attribute) {
    return array_sort(collect_set(when(col(StatementsTable.ATTRIBUTE).equalTo(attribute), col(StatementsTable.NORMALISED))));
  }
}
