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
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceCounts;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.manifest.RunManifest;
import org.openresolve.spark.resolve.BlockStats;
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
record ResolveRun(List<SourceInput> inputs, RuleSet rules, ModelParameters frozenModel, String modelSource, Path out) {
  ResolveRun {
    inputs = List.copyOf(inputs);
    requireNonNull(rules, "rules is null");
    requireNonNull(modelSource, "modelSource is null");
    requireNonNull(out, "out is null");
  }

  /** What a run produced, for the summary lines. */
  record Outcome(String runId, List<SourceCounts> sourceCounts, ResolveResult result, Map<String, Long> timingsMillis) {
    Outcome {
      requireNonNull(runId, "runId is null");
      sourceCounts = List.copyOf(sourceCounts);
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
    IngestResult ingest = new IngestJob(spark, startedAt, ConnectorSettings.DEFAULT_MAX_ROW_BYTES).run(inputs);
    IngestTables.write(ingest, out);
    ingest.release();
    timings.put("ingest", (System.nanoTime() - t0) / 1_000_000);
    manifest.sources(inputs, ingest.counts());
    Dataset<Row> records = spark.read().parquet(out.resolve(IngestTables.RECORDS).toString());
    ResolveResult result = new ResolveJob(spark, rules, frozenModel).run(records);
    long t1 = System.nanoTime();
    ResolveTables.write(result, records, rules, manifest.runId(), out);
    try {
      Files.writeString(out.resolve("model.json"), result.model().toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve("model.json"), e);
    }
    result.release();
    timings.putAll(result.timingsMillis());
    timings.put("write_outputs", (System.nanoTime() - t1) / 1_000_000);
    timings.put("total", (System.nanoTime() - t0) / 1_000_000);
    timings.forEach(manifest::timing);
    record(manifest.counts("resolve"), result);
    manifest.write(out.resolve("manifest.json"), Instant.now());
    return new Outcome(manifest.runId(), ingest.counts(), result, timings);
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
    w.printf("run %s written to %s%n", o.runId(), out);
    w.flush();
  }

  private static void record(ObjectNode c, ResolveResult r) {
    c.put("records", r.records());
    BlockStats b = r.blocks();
    ObjectNode blocks = c.putObject("blocks");
    blocks.put("blocks", b.blocks());
    blocks.put("max_block_size", b.maxBlockSize());
    blocks.put("oversize_blocks_skipped", b.oversizeBlocks());
    blocks.put("records_in_oversize_blocks", b.recordsInOversizeBlocks());
    ArrayNode largest = blocks.putArray("largest");
    b.largest().forEach(x -> largest.addObject().put("key", x.key()).put("size", x.size()));
    c.put("candidate_pairs", r.candidatePairs());
    c.put("links", r.links());
    c.put("review_pairs", r.reviewPairs());
    c.put("entities", r.entities());
    ObjectNode sizes = c.putObject("entities_by_size");
    r.entitySizes().forEach((size, n) -> sizes.put(String.valueOf(size), n));
    c.put("clustering_rounds", r.clusteringRounds());
    c.put("model_trained", r.trained());
  }
}
