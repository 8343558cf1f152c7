package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.spark.output.TableWrites;
import org.openresolve.spark.schema.Columns;

/**
 * Writes the resolution tables: {@code membership/}, {@code entities/}, {@code merges/} (accepted
 * links with their evidence) and {@code review/} (pairs in the review band, never merged). Schemas
 * are documented in docs/outputs.md.
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

  /**
   * Writes the tables one after another; returns how long each group took, in milliseconds, in the
   * order written.
   */
  public static Map<String, Long> write(
      ResolveResult result, Dataset<Row> records, RuleSet rules, String runId, Path out) {
    return write(result, records, rules, runId, out, 1);
  }

  /**
   * Writes the tables, {@code atOnce} groups of them at the same time ({@link TableWrites});
   * returns how long each group took, in milliseconds, in a fixed order.
   */
  public static Map<String, Long> write(
      ResolveResult result,
      Dataset<Row> records,
      RuleSet rules,
      String runId,
      Path out,
      int atOnce) {
    Dataset<Row> membership =
        result
            .membership()
            .select(col(Columns.SOURCE), col(Columns.RECORD_ID), col(ResolveJob.ENTITY_ID));
    SparkSession spark = records.sparkSession();
    List<TableWrites.Step> steps = new ArrayList<>();
    // The longest first, so that writes run side by side end about together.
    steps.add(
        new TableWrites.Step(
            "write_statements_and_entities",
            () ->
                EntityTables.write(
                    membership,
                    records,
                    rules.handlingCodes(),
                    rules.guards().maxEntitySize(),
                    out)));
    // Each table from the persisted decided pairs, filtered before the evidence is built: caching
    // the evidence rows (nested arrays, a columnar cache) cost more than building them again.
    steps.add(
        pairTable(
            result,
            runId,
            out,
            MERGES,
            "LINK",
            e -> PairEntities.ofLinks(e, membership),
            false,
            rules));
    steps.add(
        pairTable(
            result,
            runId,
            out,
            REVIEW,
            "REVIEW",
            e -> PairEntities.withPriority(e, membership),
            false,
            rules));
    steps.add(
        pairTable(
            result,
            runId,
            out,
            REFUSED,
            "REFUSED",
            e -> PairEntities.ofBothRecords(e, membership),
            true,
            rules));
    steps.add(new TableWrites.Step("write_membership", () -> writeMembership(membership, out)));
    steps.add(new TableWrites.Step("write_counts", () -> writeCounts(spark, result, out)));
    return TableWrites.run(steps, atOnce);
  }

  /** A table of the decided pairs of one decision, with their evidence and entities. */
  private static TableWrites.Step pairTable(
      ResolveResult result,
      String runId,
      Path out,
      String table,
      String decision,
      UnaryOperator<Dataset<Row>> withEntities,
      boolean oneFile,
      RuleSet rules) {
    return new TableWrites.Step(
        "write_" + table,
        () ->
            write(
                withEntities.apply(evidence(result.scoredPairs(), decision, rules, runId)),
                oneFile,
                out.resolve(table)));
  }

  /** {@code term_frequencies/} and {@code oversize_blocks/}: small tables, one file each. */
  private static void writeCounts(SparkSession spark, ResolveResult result, Path out) {
    // The name frequencies the scores used, so er explain recomputes a pair exactly as the run did.
    counts(spark, "value_key", result.termCounts())
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(TERM_FREQUENCIES).toString());
    // The blocks over their limit, skipped or split by a finer key, so er explain and er evaluate
    // can say a pair was never compared because of them.
    List<Row> oversize = new ArrayList<>();
    result
        .blocks()
        .oversize()
        .forEach(b -> oversize.add(RowFactory.create(b.key(), b.size(), false)));
    result
        .blocks()
        .refined()
        .forEach(b -> oversize.add(RowFactory.create(b.key(), b.size(), true)));
    StructType oversizeSchema =
        new StructType()
            .add("block_key", DataTypes.StringType, false)
            .add("records", DataTypes.LongType, false)
            .add("refined", DataTypes.BooleanType, false);
    spark
        .createDataFrame(oversize, oversizeSchema)
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(OVERSIZE_BLOCKS).toString());
  }

  /**
   * {@code membership/}: hash-partitioned by entity and sorted within each file, like the entity
   * tables; a global sort would sample its input first. Resolution and export both write it here.
   */
  public static void writeMembership(Dataset<Row> membership, Path out) {
    membership
        .repartition(col(ResolveJob.ENTITY_ID))
        .sortWithinPartitions(ResolveJob.ENTITY_ID, Columns.SOURCE, Columns.RECORD_ID)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(MEMBERSHIP).toString());
  }

  private static Dataset<Row> evidence(
      Dataset<Row> decided, String decision, RuleSet rules, String runId) {
    return decided
        .filter(col(ScorePairs.DECISION).equalTo(decision))
        .mapPartitions(new MergeEvidence(rules, runId), Encoders.row(MergeEvidence.SCHEMA))
        .drop("decision");
  }

  private static void write(Dataset<Row> rows, boolean oneFile, Path to) {
    (oneFile ? rows.coalesce(1) : rows).write().mode(SaveMode.ErrorIfExists).parquet(to.toString());
  }

  /** A small table of keys and record counts, in one file. */
  private static Dataset<Row> counts(
      SparkSession spark, String keyColumn, Map<String, Long> counts) {
    List<Row> rows =
        counts.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
    StructType schema =
        new StructType()
            .add(keyColumn, DataTypes.StringType, false)
            .add("records", DataTypes.LongType, false);
    return spark.createDataFrame(rows, schema).coalesce(1);
  }
}
