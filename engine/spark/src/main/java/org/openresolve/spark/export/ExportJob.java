package org.openresolve.spark.export;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.udf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.rules.HandlingCodes;
import org.openresolve.spark.cluster.ConnectedComponents;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.manifest.RunManifest;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.resolve.EntityIds;
import org.openresolve.spark.resolve.EntityTables;
import org.openresolve.spark.resolve.ResolveJob;
import org.openresolve.spark.resolve.ResolveTables;
import org.openresolve.spark.schema.Columns;

/**
 * A release copy of a run for an audience: only the records whose handling code that audience may
 * see, and everything else recomputed from those records alone. Entities are re-formed as the
 * connected components of the links between released records, so an entity held together only
 * through a withheld record splits, and its ids are derived as resolution derives them. Pair tables
 * keep only pairs of two released records, and their free text (refusal reasons, judgements,
 * evidence notes) is rewritten where it mentions a withheld record. Tables that cannot be filtered
 * by record are not copied and the manifest says so: nothing of a withheld record may reach the
 * copy. Only a finished run is released.
 */
public final class ExportJob {
  /** Tables of pairs of records: copied with only the pairs of two released records. */
  private static final List<String> PAIR_TABLES =
      List.of(ResolveTables.MERGES, ResolveTables.REVIEW, "refused");

  /** Files without personal data that the release keeps, so it can be explained as its run. */
  private static final List<String> FILES = List.of("model.json", "ruleset.yaml");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final HandlingCodes codes;
  private final String audience;

  public ExportJob(SparkSession spark, HandlingCodes codes, String audience) {
    this.spark = requireNonNull(spark, "spark is null");
    this.codes = requireNonNull(codes, "codes is null");
    this.audience = requireNonNull(audience, "audience is null");
    codes.releasable(
        null, audience); // refuses an audience that is no handling code, before any work
  }

  /** What the release holds. */
  public record Counts(long released, long withheld, long entities, long merges) {}

  /**
   * Refuses to release anything but a finished run (manifest, marker and {@code _SUCCESS}): a
   * killed or partial output may lack tables or hold half-written ones, and a release of it would
   * look complete.
   */
  public static void requireFinishedRun(Path from) {
    String why = OutputDirectory.whyIncomplete(from, "resolve");
    if (why != null) {
      throw new UserInputException(from + " " + why + "; refusing to release it");
    }
  }

  public Counts run(Path from, Path to, String runId, Instant startedAt) {
    requireFinishedRun(from);
    HandlingCodes c = codes;
    String a = audience;
    UserDefinedFunction releasable =
        udf((UDF1<String, Boolean>) code -> c.releasable(code, a), DataTypes.BooleanType);
    Dataset<Row> all = table(from, IngestTables.RECORDS);
    table(
        from,
        ResolveTables
            .MERGES); // entities are re-formed from the links: a run without them cannot be
    // released
    Dataset<Row> released =
        all.filter(releasable.apply(col(Columns.HANDLING_CODE)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long total = all.count();
    long kept = released.count();
    write(released, to, IngestTables.RECORDS);
    Dataset<Row> keys = released.select(Columns.SOURCE, Columns.RECORD_ID);
    if (exists(from, IngestTables.FIELD_ISSUES)) {
      write(
          table(from, IngestTables.FIELD_ISSUES)
              .join(keys, new String[] {Columns.SOURCE, Columns.RECORD_ID}, "left_semi"),
          to,
          IngestTables.FIELD_ISSUES);
    }
    Dataset<Row> withheld =
        withheldValuesByRecord(all, keys, table(from, ResolveTables.MEMBERSHIP));
    long merges = 0;
    for (String pairs : PAIR_TABLES) {
      if (exists(from, pairs)) {
        // The release re-forms its entities from its own links, and a priority counts withheld
        // members: the run's entity columns would name entities the release does not have.
        Dataset<Row> own =
            table(from, pairs)
                .drop(org.openresolve.spark.resolve.PairEntities.ADDED.toArray(String[]::new));
        Dataset<Row> between = withoutWithheldText(betweenReleased(own, keys), withheld);
        write(between, to, pairs);
        if (pairs.equals(ResolveTables.MERGES)) {
          merges = spark.read().parquet(to.resolve(pairs).toString()).count();
        }
      }
    }

    Dataset<Row> nodes =
        released
            .select(
                monotonically_increasing_id().as(EntityIds.NODE),
                col(Columns.SOURCE),
                col(Columns.RECORD_ID))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> edges =
        spark
            .read()
            .parquet(to.resolve(ResolveTables.MERGES).toString())
            .join(
                nodes.select(
                    col(EntityIds.NODE).as(ConnectedComponents.SRC),
                    col(Columns.SOURCE).as("source_l"),
                    col(Columns.RECORD_ID).as("record_id_l")),
                new String[] {"source_l", "record_id_l"})
            .join(
                nodes.select(
                    col(EntityIds.NODE).as(ConnectedComponents.DST),
                    col(Columns.SOURCE).as("source_r"),
                    col(Columns.RECORD_ID).as("record_id_r")),
                new String[] {"source_r", "record_id_r"})
            .select(ConnectedComponents.SRC, ConnectedComponents.DST);
    ConnectedComponents.Result cc =
        ConnectedComponents.of(edges, merges, ConnectedComponents.ONE_TASK_EDGES);
    Dataset<Row> membership =
        EntityIds.membership(nodes, cc.components())
            .select(Columns.SOURCE, Columns.RECORD_ID, ResolveJob.ENTITY_ID)
            .persist(StorageLevel.MEMORY_AND_DISK());
    ResolveTables.writeMembership(membership, to);
    long entities = membership.select(ResolveJob.ENTITY_ID).distinct().count();
    EntityTables.write(membership, released, codes, to);
    for (String file : FILES) {
      copy(from.resolve(file), to.resolve(file));
    }
    // The name lists the run's rules read, so the release's rule file loads as the run's did.
    if (Files.isRegularFile(from.resolve("ruleset.yaml"))) {
      for (String list :
          org.openresolve.core.rules.RuleSet.load(from.resolve("ruleset.yaml")).nameListFiles()) {
        copy(from.resolve(list), to.resolve(list));
      }
    }
    Counts counts = new Counts(kept, total - kept, entities, merges);
    manifest(from, to, runId, startedAt, counts);
    membership.unpersist();
    nodes.unpersist();
    released.unpersist();
    return counts;
  }

  private static Dataset<Row> betweenReleased(Dataset<Row> pairs, Dataset<Row> keys) {
    return pairs
        .join(
            keys.toDF("source_l", "record_id_l"),
            new String[] {"source_l", "record_id_l"},
            "left_semi")
        .join(
            keys.toDF("source_r", "record_id_r"),
            new String[] {"source_r", "record_id_r"},
            "left_semi");
  }

  /**
   * For each record of an entity of the full run that holds withheld records: the values of those
   * withheld records ({@link WithheldValues}).
   */
  private static Dataset<Row> withheldValuesByRecord(
      Dataset<Row> all, Dataset<Row> releasedKeys, Dataset<Row> membership) {
    Dataset<Row> withheld =
        all.join(releasedKeys, new String[] {Columns.SOURCE, Columns.RECORD_ID}, "left_anti")
            .map(new WithheldValues(), Encoders.row(WithheldValues.SCHEMA));
    Dataset<Row> byEntity =
        membership
            .join(withheld, new String[] {Columns.SOURCE, Columns.RECORD_ID})
            .groupBy(ResolveJob.ENTITY_ID)
            .agg(flatten(collect_list(WithheldValues.VALUES)).as(WithheldValues.VALUES));
    return membership
        .join(byEntity, ResolveJob.ENTITY_ID)
        .select(Columns.SOURCE, Columns.RECORD_ID, WithheldValues.VALUES);
  }

  /**
   * The pairs with every free text that mentions a withheld record of either record's entity
   * rewritten.
   */
  private static Dataset<Row> withoutWithheldText(Dataset<Row> pairs, Dataset<Row> withheld) {
    StructType schema = pairs.schema();
    return pairs
        .join(
            withheld.toDF("source_l", "record_id_l", ReleasedPairs.WITHHELD_L),
            new String[] {"source_l", "record_id_l"},
            "left")
        .join(
            withheld.toDF("source_r", "record_id_r", ReleasedPairs.WITHHELD_R),
            new String[] {"source_r", "record_id_r"},
            "left")
        .mapPartitions(new ReleasedPairs(schema), Encoders.row(schema));
  }

  private void manifest(Path from, Path to, String runId, Instant startedAt, Counts counts) {
    RunManifest m = new RunManifest(runId, "export", startedAt, spark.sparkContext().master());
    ObjectNode export = m.section("export");
    export.put("from", from.toString());
    export.put("from_run_id", sourceRunId(from));
    export.put("audience", audience);
    ObjectNode notCopied = export.putObject("not_copied");
    notCopied.put(
        "quarantine",
        "unreadable rows have no record id, so their handling code is unknown: none is released");
    notCopied.put("oversize_blocks", "blocking keys are values of records, withheld ones included");
    notCopied.put("lineage", "ids of the full run; the release derives its own");
    m.counts("export")
        .put("records_released", counts.released())
        .put("records_withheld", counts.withheld())
        .put("entities", counts.entities())
        .put("merges", counts.merges());
    m.write(to.resolve("manifest.json"), Instant.now());
  }

  private static String sourceRunId(Path from) {
    Path manifest = from.resolve("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try {
      JsonNode id = JSON.readTree(manifest.toFile()).get("run_id");
      return id == null ? null : id.asText();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
  }

  private Dataset<Row> table(Path dir, String name) {
    if (!exists(dir, name)) {
      throw new UserInputException("no " + name + "/ in " + dir + ": not the output of a run");
    }
    return spark.read().parquet(dir.resolve(name).toString());
  }

  private static boolean exists(Path dir, String name) {
    return Files.isDirectory(dir.resolve(name));
  }

  private static void write(Dataset<Row> table, Path to, String name) {
    table.write().mode(SaveMode.ErrorIfExists).parquet(to.resolve(name).toString());
  }

  private static void copy(Path from, Path to) {
    if (Files.isRegularFile(from)) {
      try {
        Files.copy(from, to);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
      }
    }
  }
}
