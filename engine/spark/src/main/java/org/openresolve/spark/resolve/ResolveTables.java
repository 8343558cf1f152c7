package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.spark.schema.Columns;

/**
 * Writes the resolution tables: {@code membership/}, {@code entities/}, {@code merges/} (accepted
 * links with their evidence) and {@code review/} (pairs in the review band, never merged).
 * Schemas are documented in docs/outputs.md.
 */
public final class ResolveTables {
  public static final String MEMBERSHIP = "membership";
  public static final String ENTITIES = "entities";
  public static final String MERGES = "merges";
  public static final String REVIEW = "review";
  public static final String REFUSED = "refused";
  public static final String OVERSIZE_BLOCKS = "oversize_blocks";
  public static final String TERM_FREQUENCIES = "term_frequencies";

  private ResolveTables() {}

  public static void write(ResolveResult result, Dataset<Row> records, RuleSet rules, String runId, Path out) {
    Dataset<Row> membership = result.membership().select(col(Columns.SOURCE), col(Columns.RECORD_ID), col(ResolveJob.ENTITY_ID));
    membership.orderBy(ResolveJob.ENTITY_ID, Columns.SOURCE, Columns.RECORD_ID).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(MEMBERSHIP).toString());
    EntityTables.write(membership, records, rules.handlingCodes(), out);
    Dataset<Row> evidence =
        result.scoredPairs()
            .filter(col(ScorePairs.DECISION).notEqual("NONE"))
            .mapPartitions(new MergeEvidence(rules, runId), Encoders.row(MergeEvidence.SCHEMA));
    evidence.filter(col("decision").equalTo("LINK")).drop("decision").write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(MERGES).toString());
    evidence.filter(col("decision").equalTo("REVIEW")).drop("decision").write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(REVIEW).toString());
    evidence.filter(col("decision").equalTo("REFUSED")).drop("decision").coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(REFUSED).toString());
    termFrequencies(records.sparkSession(), result.termCounts()).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(TERM_FREQUENCIES).toString());
    oversizeBlocks(records.sparkSession(), result.blocks()).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(OVERSIZE_BLOCKS).toString());
  }

  /** The name frequencies the scores used, so {@code er explain} recomputes a pair exactly as the run scored it. */
  private static Dataset<Row> termFrequencies(org.apache.spark.sql.SparkSession spark, java.util.Map<String, Long> counts) {
    java.util.List<Row> rows =
        counts.entrySet().stream().map(e -> org.apache.spark.sql.RowFactory.create(e.getKey(), e.getValue())).toList();
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("value_key", org.apache.spark.sql.types.DataTypes.StringType, false)
            .add("records", org.apache.spark.sql.types.DataTypes.LongType, false);
    return spark.createDataFrame(rows, schema).coalesce(1);
  }

  /** The blocks skipped for their size, so {@code er explain} can say a pair was never compared because of them. */
  private static Dataset<Row> oversizeBlocks(org.apache.spark.sql.SparkSession spark, BlockStats blocks) {
    java.util.List<Row> rows = blocks.oversize().stream().map(b -> org.apache.spark.sql.RowFactory.create(b.key(), b.size())).toList();
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("block_key", org.apache.spark.sql.types.DataTypes.StringType, false)
            .add("records", org.apache.spark.sql.types.DataTypes.LongType, false);
    return spark.createDataFrame(rows, schema).coalesce(1);
  }
}
