package org.openresolve.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.connectors.ConnectorSettings;
import java.util.Set;
import org.openresolve.core.audit.AuditLog;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Judgement;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceCounts;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.manifest.RunManifest;
import org.openresolve.core.scoring.SharedValueSummary;
import org.openresolve.core.pipeline.BlockStats;
import org.openresolve.spark.lineage.LineageJob;
import org.openresolve.spark.resolve.ResolveJob;
import org.openresolve.spark.resolve.ResolveResult;
import org.openresolve.spark.resolve.ResolveTables;

/**
 * One resolve run, ingest to Parquet, as {@code er resolve} and {@code er benchmark} both do it:
 * read and write the sources, resolve the written records, write the resolution tables, model.json
 * and manifest.json. The caller owns the session and the output directory.
 *
 * @param modelSource what the manifest says about the model: "trained" or the frozen model's file
 */
record ResolveRun(
    List<SourceInput> inputs, RuleSet rules, ModelParameters frozenModel, String modelSource, Path out, Governance governance) {
  ResolveRun {
    inputs = List.copyOf(inputs);
    requireNonNull(rules, "rules is null");
    requireNonNull(modelSource, "modelSource is null");
    requireNonNull(out, "out is null");
    requireNonNull(governance, "governance is null");
  }

  ResolveRun(List<SourceInput> inputs, RuleSet rules, ModelParameters frozenModel, String modelSource, Path out) {
    this(inputs, rules, frozenModel, modelSource, out, Governance.NONE);
  }

  /**
   * What analysts and the law add to a run: judgements clustering obeys, records to erase, and
   * the audit log the run appends to (null for none), and an earlier run whose entity ids carry
   * over (null for none).
   */
  record Governance(List<Judgement> judgements, Set<String> erase, Path auditLog, Path previous) {
    static final Governance NONE = new Governance(List.of(), Set.of(), null, null);

    Governance {
      judgements = List.copyOf(judgements);
      erase = Set.copyOf(erase);
    }
  }

  /** What a run produced, for the summary lines. */
  record Outcome(
      String runId,
      List<SourceCounts> sourceCounts,
      ResolveResult result,
      Map<String, Long> timingsMillis,
      int maxEntitySize,
      List<SharedValueSummary> sharedValues) {
    Outcome {
      requireNonNull(runId, "runId is null");
      sourceCounts = List.copyOf(sourceCounts);
      sharedValues = List.copyOf(sharedValues);
      requireNonNull(result, "result is null");
      timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
    }

    long inputRecords() {
      return sourceCounts.stream().mapToLong(SourceCounts::recordsAccepted).sum();
    }
  }

  Outcome run(SparkSession spark, Instant startedAt) {
    RunManifest manifest = new RunManifest(RunIds.next(startedAt), "resolve", startedAt, spark.sparkContext().master());
    manifest.section("rule_set").put("name", rules.name()).put("sha256", rules.sha256()).put("model", modelSource);
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    // Each record's match view is built as it is read, so resolution need not read the written
    // records back and rebuild them first.
    IngestResult read = new IngestJob(spark, startedAt, ConnectorSettings.DEFAULT_MAX_ROW_BYTES, ResolveJob.derivation(rules)).run(inputs);
    long erased = read.countOf(governance.erase());
    IngestResult ingest = read.without(governance.erase());
    long parsed = System.nanoTime();
    IngestTables.write(ingest, out);
    // Counts only: the erased keys are personal data and stay out of the manifest and the audit.
    manifest.counts("erasure").put("requested", governance.erase().size()).put("erased", erased)
        .put("not_found", governance.erase().size() - erased);
    timings.put("ingest", (System.nanoTime() - t0) / 1_000_000);
    timings.put("ingest_write", (System.nanoTime() - parsed) / 1_000_000);
    manifest.sources(inputs, ingest.counts());
    Dataset<Row> records = spark.read().parquet(out.resolve(IngestTables.RECORDS).toString());
    ResolveResult result = new ResolveJob(spark, rules, frozenModel, governance.judgements()).run(records, ingest.derived(), ingest::release);
    if (governance.previous() != null) {
      // Ids carried over from the earlier run before any table is written; lineage/ says what became of each.
      result = result.withMembership(LineageJob.carryOver(spark, result.membership(), governance.previous(), out));
    }
    long t1 = System.nanoTime();
    Map<String, Long> writes = ResolveTables.write(result, records, rules, manifest.runId(), out);
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
    recordOversizeEntities(manifest.counts("resolve"), spark, rules.guards().maxEntitySize(), oversizeEntities(result, rules.guards().maxEntitySize()));
    manifest.counts("judgements").put("given", governance.judgements().size()).put("naming_unknown_records", result.unknownJudgements().size());
    if (governance.auditLog() != null) {
      manifest.section("audit").put("log", governance.auditLog().toString()).put("entry_hash", audit(manifest.runId(), startedAt, ingest, result, erased));
    }
    manifest.write(out.resolve("manifest.json"), Instant.now());
    return new Outcome(manifest.runId(), ingest.counts(), result, timings, rules.guards().maxEntitySize(), shared);
  }

  /** One audit entry: who ran what on which inputs and rules, and how much it combined; no personal data. */
  private String audit(String runId, Instant startedAt, IngestResult ingest, ResolveResult result, long erased) {
    ObjectNode entry = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    entry.put("at", startedAt.toString());
    entry.put("user", System.getProperty("user.name"));
    entry.put("command", "resolve");
    entry.put("run_id", runId);
    entry.put("output", out.toString());
    ArrayNode inputsNode = entry.putArray("inputs");
    for (SourceCounts c : ingest.counts()) {
      c.files().forEach(f -> inputsNode.addObject().put("source", c.source()).put("sha256", f.sha256()).put("bytes", f.bytes()));
    }
    entry.put("rule_set_sha256", rules.sha256());
    entry.put("model", modelSource);
    entry.put("records", result.records());
    entry.put("combinations", result.links());
    entry.put("entities", result.entities());
    entry.put("review_pairs", result.reviewPairs());
    entry.put("refused_links", result.refusedLinks());
    entry.put("judgements", governance.judgements().size());
    entry.put("erasures", erased);
    return new AuditLog(governance.auditLog()).append(entry);
  }

  /** The lines {@code er resolve} prints: the accounting per source, then what resolution found. */
  static void printSummary(PrintWriter w, Outcome o, Path out) {
    IngestSummary.print(w, o.sourceCounts());
    ResolveResult r = o.result();
    BlockStats b = r.blocks();
    w.printf("%d records, %d blocks (%d oversize skipped), %d candidate pairs, %d links, %d for review%n",
        r.records(), b.blocks(), b.oversizeBlocks(), r.candidatePairs(), r.links(), r.reviewPairs());
    long multi = r.entitySizes().entrySet().stream().filter(e -> e.getKey() > 1).mapToLong(Map.Entry::getValue).sum();
    w.printf("%d entities (%d with more than one record); model %s%n", r.entities(), multi, r.trained() ? "trained" : "loaded");
    long oversize = oversizeEntities(r, o.maxEntitySize());
    if (oversize > 0) {
      w.printf("%d entities with more than %d members: flagged %s in entities/ for an analyst to check%n",
          oversize, o.maxEntitySize(), org.openresolve.spark.resolve.EntityTables.OVERSIZE_ENTITY);
    }
    for (SharedValueSummary v : o.sharedValues()) {
      if (v.valuesOverLimit() > 0) {
        w.printf("%s: %d values shared by more than %d people (at most %d): agreement on them weighs less%n",
            v.comparison(), v.valuesOverLimit(), v.maxPeople(), v.mostPeople());
      }
    }
    w.printf("run %s written to %s%n", o.runId(), out);
    w.flush();
  }

  static long oversizeEntities(ResolveResult r, int max) {
    return r.entitySizes().entrySet().stream().filter(e -> e.getKey() > max).mapToLong(Map.Entry::getValue).sum();
  }

  /** The entities over the size limit, largest first (ten at most), from the written entities table. */
  private void recordOversizeEntities(ObjectNode c, SparkSession spark, int max, long oversize) {
    ObjectNode node = c.putObject("oversize_entities");
    if (max == Integer.MAX_VALUE) {
      node.putNull("max_entity_size");
      node.put("count", 0);
      return;
    }
    node.put("max_entity_size", max);
    List<Row> largest =
        spark.read().parquet(out.resolve(org.openresolve.spark.resolve.EntityTables.ENTITIES).toString())
            .filter(org.apache.spark.sql.functions.col("member_count").gt(max))
            .orderBy(org.apache.spark.sql.functions.col("member_count").desc(), org.apache.spark.sql.functions.col("entity_id"))
            .select("entity_id", "member_count")
            .limit(10)
            .collectAsList();
    node.put("count", oversize);
    ArrayNode list = node.putArray("largest");
    largest.forEach(r -> list.addObject().put("entity_id", r.getString(0)).put("members", r.getLong(1)));
  }

  /** Per comparison with a shared_value limit: how many values several people share, and how many past the limit; counts only. */
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
    blocks.put("pairs_skipped_by_condition", b.pairsSkippedByCondition());
    ArrayNode largest = blocks.putArray("largest");
    b.largest().forEach(x -> largest.addObject().put("key", x.key()).put("size", x.size()));
    ObjectNode byRule = blocks.putObject("by_rule");
    b.byRule().forEach(x -> byRule.putObject(x.rule()).put("blocks", x.blocks()).put("largest", x.largest()).put("pairs", x.pairs())
        .put("oversize_blocks_skipped", x.oversizeBlocks()).put("max_block_size", x.maxBlockSize()));
    c.put("candidate_pairs", r.candidatePairs());
    c.put("links", r.links());
    c.put("review_pairs", r.reviewPairs());
    c.put("refused_links", r.refusedLinks());
    c.put("entities", r.entities());
    ObjectNode sizes = c.putObject("entities_by_size");
    r.entitySizes().forEach((size, n) -> sizes.put(String.valueOf(size), n));
    c.put("clustering_rounds", r.clusteringRounds());
    c.put("model_trained", r.trained());
  }
}
