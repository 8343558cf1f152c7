package org.openresolve.spark.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.core.audit.AuditLog;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.pipeline.BlockStats;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.SharedValueSummary;
import org.openresolve.spark.CodeGeneration;
import org.openresolve.spark.ShuffleSizing;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.evaluate.EvaluationFile;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.ReadingWarmUp;
import org.openresolve.spark.ingest.SourceCounts;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.lineage.LineageJob;
import org.openresolve.spark.manifest.RunIds;
import org.openresolve.spark.manifest.RunManifest;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.output.PausePoint;
import org.openresolve.spark.output.StagedOutput;
import org.openresolve.spark.progress.Progress;
import org.openresolve.spark.report.RunReportFile;
import org.openresolve.spark.resolve.EntityTables;
import org.openresolve.spark.resolve.InMemoryResolve;
import org.openresolve.spark.resolve.ResolveJob;
import org.openresolve.spark.resolve.ResolveResult;
import org.openresolve.spark.resolve.ResolveTables;

/**
 * One resolve run, ingest to Parquet, as {@code er resolve} and {@code er benchmark} both run it:
 * check what can be checked without Spark, read and write the sources (less the erased records),
 * resolve them, carry the ids of an earlier run over, write the resolution tables, model.json, the
 * evaluation, the audit entry and manifest.json, and mark the output complete. Typed options in, a
 * typed outcome out; the command line only parses arguments and prints.
 */
public final class ResolveAction {
  static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Table groups a run matched in memory writes at the same time: its tables are small, and their
   * jobs mostly the driver planning them (docs/benchmarks.md).
   */
  private static final int SMALL_WRITES_AT_ONCE = 3;

  /** Writes the ingest tables of a run matched in memory while the matching runs. */
  private static final Executor WRITER =
      runnable -> {
        Thread t = new Thread(runnable, "ingest-tables");
        t.setDaemon(true);
        t.start();
      };

  private final ResolveOptions options;
  private final RuleSet rules;

  /** The output's place, {@code --out}. */
  private final Path target;

  private final StagedOutput staged;

  /**
   * Where the run writes: the staging directory beside {@link #target}, moved there when complete.
   */
  private final Path out;

  public ResolveAction(ResolveOptions options) {
    this.options = requireNonNull(options, "options is null");
    this.rules = options.rules();
    this.target = options.out().toAbsolutePath().normalize();
    this.staged = StagedOutput.beside(target, "--out");
    this.out = staged.dir();
  }

  /**
   * The checks that need no Spark, so that a mistake costs seconds, not a run: the output apart
   * from every input, the earlier run readable, the rule file's name lists beside it.
   */
  public void checkBeforeWork() {
    Map<String, Path> inputs = new LinkedHashMap<>();
    for (SourceInput s : options.inputs()) {
      if (!s.path().matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || s.path().startsWith("file:")) {
        inputs.put(
            "the input of --source " + s.name(), Path.of(s.path().replaceFirst("^file:(//)?", "")));
      }
    }
    inputs.put("the rule file", options.ruleFile());
    if (options.truth() != null) {
      inputs.put("--truth", options.truth());
    }
    if (options.previous() != null) {
      inputs.put("--previous", options.previous());
      if (!Files.isDirectory(options.previous().resolve(ResolveTables.MEMBERSHIP))) {
        throw new UserInputException(
            "--previous "
                + options.previous()
                + " holds no membership/; is it the output of er resolve?");
      }
    }
    if (options.auditLog() != null) {
      inputs.put("the audit log", options.auditLog());
    }
    OutputDirectory.requireApart(target, "--out", inputs);
    if (options.auditLog() != null) {
      AuditLog log = new AuditLog(options.auditLog());
      log.requireIntact();
      log.requireWritable();
      // The chain cannot show entries cut off its end; the manifests of earlier outputs keep their
      // entry's hash, which must still be in the log.
      requireAnchored(log, options.previous());
      if (Files.isDirectory(target)) {
        requireAnchored(log, target);
      }
    }
    IngestJob.checkBeforeReading(options.inputs(), Instant.now());
    for (String list : rules.nameListFiles()) {
      if (!out.resolve(list).normalize().startsWith(out)) {
        throw new UserInputException(
            "name list "
                + list
                + " lies outside the rule file's directory; keep lists beside the rule file");
      }
    }
  }

  /**
   * Reads the first rows of the local inputs on a background thread, so that the connectors' and
   * normalisers' start-up ({@link ReadingWarmUp}) overlaps with Spark's; call before starting
   * Spark.
   */
  public void warmUp() {
    ReadingWarmUp.start(options.inputs(), ResolveJob.derivation(rules));
  }

  /** The entry an earlier output's manifest records for this log, if any, is still in it. */
  private static void requireAnchored(AuditLog log, Path output) {
    if (output == null || !Files.isRegularFile(output.resolve(MANIFEST))) {
      return;
    }
    JsonNode audit;
    try {
      audit = JSON.readTree(output.resolve(MANIFEST).toFile()).path("audit");
    } catch (IOException e) {
      return; // not an anchor: an unreadable manifest is refused where the output itself is used
    }
    String logged = audit.path("log").asText("");
    String hash = audit.path("entry_hash").asText("");
    if (!hash.isEmpty()
        && Path.of(logged)
            .toAbsolutePath()
            .normalize()
            .equals(log.file().toAbsolutePath().normalize())) {
      log.requireEntry(hash, "the manifest of " + output);
    }
  }

  public ResolveOutcome run(SparkSession spark) {
    checkBeforeWork();
    Instant startedAt = Instant.now();
    staged.open(options.overwrite());
    try {
      return resolve(spark, startedAt);
    } catch (RuntimeException e) {
      // The staging directory is this run's own: a failed run leaves no partial output for a
      // reader to take for a result, and the previous output at --out as it was.
      staged.abandon();
      throw e;
    }
  }

  private ResolveOutcome resolve(SparkSession spark, Instant startedAt) {
    copyRuleFile();
    RunManifest manifest =
        new RunManifest(
            RunIds.next(startedAt), "resolve", startedAt, spark.sparkContext().master());
    if (options.auditLog() != null) {
      // Recorded before any personal data is read or written, so a run killed part-way is visible.
      ObjectNode start =
          JSON.createObjectNode()
              .put("event", "started")
              .put("at", startedAt.toString())
              .put("user", System.getProperty("user.name"))
              .put("command", "resolve")
              .put("run_id", manifest.runId())
              .put("output", target.toString());
      new AuditLog(options.auditLog()).append(start);
    }
    manifest
        .section("rule_set")
        .put("name", rules.name())
        .put("sha256", rules.sha256())
        .put("model", options.modelSource());
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    // Each record's match view is built as it is read, so resolution need not read the written
    // records back and rebuild them first.
    IngestResult read =
        new IngestJob(
                spark,
                startedAt,
                ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
                ResolveJob.derivation(rules),
                bytes -> {
                  boolean small = options.readOnDriver(bytes, spark.sparkContext().isLocal());
                  // An input read on the driver is small: its rows are encoded for Spark without
                  // generated code too (set again once the records are counted, below).
                  CodeGeneration.fitTo(spark, small);
                  return small;
                })
            .run(options.inputs());
    requireRecords(read.counts());
    long erased = read.countOf(options.erase());
    IngestResult ingest = read.without(options.erase());
    long parsed = System.nanoTime();
    long toResolve = ingest.totalRecords() - erased;
    boolean inMemory = options.inMemory(toResolve, spark.sparkContext().isLocal());
    // Set before the first table is written: a run matched in memory writes small tables.
    CodeGeneration.fitTo(spark, inMemory);
    Progress progress = Progress.of(spark);
    // Counts only: the erased keys are personal data and stay out of the manifest and the audit.
    manifest
        .counts("erasure")
        .put("requested", options.erase().size())
        .put("erased", erased)
        .put("not_found", options.erase().size() - erased);
    manifest.sources(options.inputs(), ingest.counts());
    ShuffleSizing.fitTo(spark, toResolve);
    manifest.section("execution").put("matching", inMemory ? "in_memory" : "spark_jobs");
    InMemoryResolve inMemoryResolve = null;
    ResolveResult result;
    Dataset<Row> records;
    if (inMemory) {
      // Matching in memory needs nothing from the written tables: the ingest tables are written
      // while it runs, and the records read back once they are complete.
      inMemoryResolve =
          new InMemoryResolve(spark, rules, options.frozenModel(), options.judgements());
      CompletableFuture<Long> ingestWrite =
          CompletableFuture.supplyAsync(() -> writeIngest(ingest, progress, parsed), WRITER);
      try {
        result = inMemoryResolve.run(ingest.derived(), () -> {}, toResolve);
      } catch (RuntimeException e) {
        // The staging directory is removed when the run fails: not while a write is still in it.
        ingestWrite.handle((millis, failure) -> null).join();
        throw e;
      }
      long written = finished(ingestWrite);
      timings.put("ingest_write", written);
      ingest.release();
      PausePoint.reached("records-written");
      // Reading and writing, without the matching that ran beside the writes.
      timings.put("ingest", (parsed - t0) / 1_000_000 + written);
      records = writtenRecords(spark, ingest);
    } else {
      timings.put("ingest_write", writeIngest(ingest, progress, parsed));
      PausePoint.reached("records-written");
      timings.put("ingest", (System.nanoTime() - t0) / 1_000_000);
      records = writtenRecords(spark, ingest);
      result =
          new ResolveJob(spark, rules, options.frozenModel(), options.judgements())
              .run(records, ingest.derived(), ingest::release, toResolve);
    }
    if (options.previous() != null) {
      // Ids carried over from the earlier run before any table is written; lineage/ says what
      // became of each.
      result =
          result.withMembership(
              LineageJob.carryOver(
                  spark,
                  result.membership(),
                  options.previous().toAbsolutePath().normalize(),
                  out));
    }
    long t1 = System.nanoTime();
    progress.start("writing the resolution tables");
    Map<String, Long> writes =
        ResolveTables.write(
            result, records, rules, manifest.runId(), out, inMemory ? SMALL_WRITES_AT_ONCE : 1);
    writes.forEach(
        (step, millis) ->
            progress.note(
                String.format(
                    java.util.Locale.ROOT,
                    "%s: %.1f s",
                    step.replaceFirst("^write_", "").replace('_', ' '),
                    millis / 1000.0)));
    progress.done("writing the resolution tables", "done");
    PausePoint.reached("tables-written");
    try {
      Files.writeString(out.resolve("model.json"), result.model().toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve("model.json"), e);
    }
    result.release();
    timings.putAll(result.timingsMillis());
    timings.putAll(writes);
    timings.put("write_outputs", (System.nanoTime() - t1) / 1_000_000);
    timings.put("total", (System.nanoTime() - t0) / 1_000_000);
    timings.forEach(manifest::timing);
    record(manifest.counts("resolve"), result);
    List<SharedValueSummary> shared = SharedValueSummary.of(rules, result.termCounts());
    recordSharedValues(manifest.counts("resolve"), shared);
    int maxEntitySize = rules.guards().maxEntitySize();
    long oversize =
        result.entitySizes().entrySet().stream()
            .filter(e -> e.getKey() > maxEntitySize)
            .mapToLong(Map.Entry::getValue)
            .sum();
    recordOversizeEntities(manifest.counts("resolve"), spark, maxEntitySize, oversize);
    manifest
        .counts("judgements")
        .put("given", options.judgements().size())
        .put("naming_unknown_records", result.unknownJudgements().size());
    EvaluateJob.Result evaluation = null;
    if (options.truth() != null) {
      progress.start("evaluating against " + options.truth().getFileName());
      // A run matched in memory is scored on the driver, from what it holds; entity ids carried
      // over from an earlier run are only in the written membership.
      evaluation =
          inMemory && options.previous() == null
              ? EvaluateJob.inMemory(
                  inMemoryResolve.resolved(),
                  inMemoryResolve.decisions(),
                  rules,
                  oversizeKeys(result.blocks()),
                  options.truth())
              : new EvaluateJob(spark).run(out, options.truth());
      progress.done("evaluating against " + options.truth().getFileName(), "done");
      EvaluationFile.write(out.resolve(EvaluationFile.NAME), options.truth(), evaluation);
    }
    String auditEntry = null;
    if (options.auditLog() != null) {
      auditEntry = audit(manifest.runId(), startedAt, ingest, result, erased);
      manifest
          .section("audit")
          .put("log", options.auditLog().toString())
          .put("entry_hash", auditEntry);
    }
    Instant finishedAt = Instant.now();
    manifest.write(out.resolve(MANIFEST), finishedAt);
    RunReportFile.write(spark, out, target);
    staged.commit("resolve", manifest.runId(), MANIFEST);
    return new ResolveOutcome(
        new ResolveOutcome.ManifestRecord(
            manifest.runId(), target, target.resolve(MANIFEST), startedAt, finishedAt, auditEntry),
        ingest.counts(),
        result,
        timings,
        maxEntitySize,
        shared,
        evaluation);
  }

  /** Writes {@code records/}, {@code quarantine/} and {@code field_issues/}; returns the millis. */
  private long writeIngest(IngestResult ingest, Progress progress, long since) {
    progress.start("writing records/, quarantine/, field_issues/");
    IngestTables.write(ingest, out);
    progress.done(
        "writing records/, quarantine/, field_issues/", ingest.totalRecords() + " records");
    return (System.nanoTime() - since) / 1_000_000;
  }

  /**
   * The written {@code records/}, read with the schema it was written with: inferring it is a job.
   */
  private Dataset<Row> writtenRecords(SparkSession spark, IngestResult ingest) {
    return spark
        .read()
        .schema(ingest.records().schema())
        .parquet(out.resolve(IngestTables.RECORDS).toString());
  }

  /** The value of a write that ran beside the matching, or its failure as it was thrown. */
  private static long finished(CompletableFuture<Long> write) {
    try {
      return write.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Every key of a block over its limit, skipped or refined, as {@code oversize_blocks/} lists. */
  private static Set<String> oversizeKeys(BlockStats blocks) {
    Set<String> keys = new HashSet<>();
    blocks.oversize().forEach(b -> keys.add(b.key()));
    blocks.refined().forEach(b -> keys.add(b.key()));
    return keys;
  }

  /**
   * A run without a single record has nothing to resolve: say why, with each source's accounting.
   */
  private static void requireRecords(List<SourceCounts> counts) {
    if (counts.stream().mapToLong(SourceCounts::recordsAccepted).sum() > 0) {
      return;
    }
    StringBuilder why = new StringBuilder("no records to resolve:");
    for (SourceCounts c : counts) {
      why.append(' ')
          .append(c.source())
          .append(' ')
          .append(c.rowsRead())
          .append(" rows read, ")
          .append(c.rowsQuarantined())
          .append(" quarantined");
      if (!c.rowsQuarantinedByReason().isEmpty()) {
        why.append(" ").append(new java.util.TreeMap<>(c.rowsQuarantinedByReason()));
      }
      c.warnings().forEach(w -> why.append(", ").append(w));
      why.append(';');
    }
    why.setLength(why.length() - 1);
    throw new UserInputException(why.toString());
  }

  /**
   * Keeps the rule file the run used beside its outputs: with model.json it is all {@code er
   * explain} needs to recompute any pair's score, and what a court may ask to see. The name lists
   * it reads travel with it, so the copy loads and hashes as the original.
   */
  private void copyRuleFile() {
    try {
      Files.copy(options.ruleFile(), out.resolve("ruleset.yaml"));
      for (String list : rules.nameListFiles()) {
        Path copy = out.resolve(list).normalize();
        Files.createDirectories(copy.getParent());
        Files.copy(options.ruleFile().resolveSibling(list), copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the rule file into " + out, e);
    }
  }

  /**
   * One audit entry: who ran what on which inputs and rules, and how much it combined; no personal
   * data.
   */
  private String audit(
      String runId, Instant startedAt, IngestResult ingest, ResolveResult result, long erased) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("event", "finished");
    entry.put("at", startedAt.toString());
    entry.put("user", System.getProperty("user.name"));
    entry.put("command", "resolve");
    entry.put("run_id", runId);
    entry.put("output", target.toString());
    ArrayNode inputsNode = entry.putArray("inputs");
    for (SourceCounts c : ingest.counts()) {
      c.files()
          .forEach(
              f ->
                  inputsNode
                      .addObject()
                      .put("source", c.source())
                      .put("sha256", f.sha256())
                      .put("bytes", f.bytes()));
    }
    entry.put("rule_set_sha256", rules.sha256());
    entry.put("model", options.modelSource());
    entry.put("records", result.records());
    entry.put("combinations", result.links());
    entry.put("entities", result.entities());
    entry.put("review_pairs", result.reviewPairs());
    entry.put("refused_links", result.refusedLinks());
    entry.put("judgements", options.judgements().size());
    entry.put("erasures", erased);
    return new AuditLog(options.auditLog()).append(entry);
  }

  /**
   * The entities over the size limit, largest first (ten at most), from the written entities table.
   */
  private void recordOversizeEntities(ObjectNode c, SparkSession spark, int max, long oversize) {
    ObjectNode node = c.putObject("oversize_entities");
    if (max == Integer.MAX_VALUE) {
      node.putNull("max_entity_size");
      node.put("count", 0);
      return;
    }
    node.put("max_entity_size", max);
    // No entity over the limit (the sizes are known already): no query of the entities table.
    List<Row> largest =
        oversize == 0
            ? List.of()
            : spark
                .read()
                .parquet(out.resolve(EntityTables.ENTITIES).toString())
                .filter(org.apache.spark.sql.functions.col("member_count").gt(max))
                .orderBy(
                    org.apache.spark.sql.functions.col("member_count").desc(),
                    org.apache.spark.sql.functions.col("entity_id"))
                .select("entity_id", "member_count")
                .limit(10)
                .collectAsList();
    node.put("count", oversize);
    ArrayNode list = node.putArray("largest");
    largest.forEach(
        r -> list.addObject().put("entity_id", r.getString(0)).put("members", r.getLong(1)));
  }

  /**
   * Per comparison with a shared_value limit: how many values several people share, and how many
   * past the limit; counts only.
   */
  private static void recordSharedValues(ObjectNode c, List<SharedValueSummary> shared) {
    ObjectNode node = c.putObject("shared_values");
    for (SharedValueSummary v : shared) {
      node.putObject(v.comparison())
          .put("field", v.field())
          .put("max_people", v.maxPeople())
          .put("values_shared_by_two_or_more_people", v.valuesSharedBySeveral())
          .put("values_over_max_people", v.valuesOverLimit())
          .put("most_people_on_one_value", v.mostPeople());
    }
  }

  private static void record(ObjectNode c, ResolveResult r) {
    c.put("records", r.records());
    BlockStats b = r.blocks();
    ObjectNode blocks = c.putObject("blocks");
    blocks.put("blocks", b.blocks());
    blocks.put("max_block_size", b.maxBlockSize());
    blocks.put("oversize_blocks_skipped", b.oversizeBlocks());
    blocks.put("records_in_oversize_blocks", b.recordsInOversizeBlocks());
    blocks.put("oversize_blocks_refined", b.refined().size());
    blocks.put("pairs_skipped_by_condition", b.pairsSkippedByCondition());
    ArrayNode largest = blocks.putArray("largest");
    b.largest().forEach(x -> largest.addObject().put("key", x.key()).put("size", x.size()));
    ObjectNode byRule = blocks.putObject("by_rule");
    b.byRule()
        .forEach(
            x ->
                byRule
                    .putObject(x.rule())
                    .put("blocks", x.blocks())
                    .put("largest", x.largest())
                    .put("pairs", x.pairs())
                    .put("oversize_blocks_skipped", x.oversizeBlocks())
                    .put("oversize_blocks_refined", x.refinedBlocks())
                    .put("max_block_size", x.maxBlockSize()));
    c.put("candidate_pairs", r.candidatePairs());
    c.put("links", r.links());
    c.put("review_pairs", r.reviewPairs());
    c.put("refused_links", r.refusedLinks());
    c.put("entities", r.entities());
    ObjectNode sizes = c.putObject("entities_by_size");
    r.entitySizes().forEach((size, n) -> sizes.put(String.valueOf(size), n));
    ObjectNode weights =
        c.putObject("match_weight_histogram").put("bin_width", 1).put("pairs", r.weights().total());
    ObjectNode bins = weights.putObject("bins");
    r.weights().nonEmpty().forEach((bin, n) -> bins.put(String.valueOf(bin), n));
    c.put("clustering_rounds", r.clusteringRounds());
    c.put("model_trained", r.trained());
  }
}
