package org.openresolve.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.manifest.RunManifest;
import org.openresolve.spark.resolve.BlockStats;
import org.openresolve.spark.resolve.ResolveJob;
import org.openresolve.spark.resolve.ResolveResult;
import org.openresolve.spark.resolve.ResolveTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code er resolve}: ingest and resolution in one run. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the sources, finds the records that describe the same person and writes, under DIR:",
      "records/, quarantine/, field_issues/, membership/, entities/, merges/, review/ (Parquet),",
      "model.json and manifest.json. See docs/outputs.md."
    })
final class ResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions sources;
  @Mixin RuleOptions ruleOptions;
  @Mixin OutputOptions output;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws IOException {
    List<SourceInput> inputs = sources.inputs();
    RuleSet rules = ruleOptions.ruleSet();
    ModelParameters frozen = ruleOptions.frozenModel(rules);
    Path out = output.prepare();
    Instant startedAt = Instant.now();
    SparkSession spark = SparkSessions.start("er resolve", sparkOptions.master);
    try {
      RunManifest manifest = new RunManifest(RunIds.next(startedAt), "resolve", startedAt, spark.sparkContext().master());
      manifest.section("rule_set").put("name", rules.name()).put("sha256", rules.sha256()).put("model", frozen == null ? "trained" : ruleOptions.model.toString());
      long t0 = System.nanoTime();
      IngestResult ingest = new IngestJob(spark, startedAt, ConnectorSettings.DEFAULT_MAX_ROW_BYTES).run(inputs);
      IngestTables.write(ingest, out);
      ingest.release();
      manifest.sources(inputs, ingest.counts()).timing("ingest", (System.nanoTime() - t0) / 1_000_000);
      Dataset<Row> records = spark.read().parquet(out.resolve(IngestTables.RECORDS).toString());
      ResolveResult result = new ResolveJob(spark, rules, frozen).run(records);
      long t1 = System.nanoTime();
      ResolveTables.write(result, records, rules, manifest.runId(), out);
      Files.writeString(out.resolve("model.json"), result.model().toJson());
      result.timingsMillis().forEach(manifest::timing);
      manifest.timing("write_outputs", (System.nanoTime() - t1) / 1_000_000);
      manifest.timing("total", (System.nanoTime() - t0) / 1_000_000);
      record(manifest.counts("resolve"), result);
      manifest.write(out.resolve("manifest.json"), Instant.now());
      PrintWriter w = spec.commandLine().getOut();
      IngestSummary.print(w, ingest.counts());
      printSummary(w, result, manifest.runId(), out);
      return 0;
    } finally {
      spark.stop();
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

  private static void printSummary(PrintWriter w, ResolveResult r, String runId, Path out) {
    BlockStats b = r.blocks();
    w.printf("%d records, %d blocks (%d oversize skipped), %d candidate pairs, %d links, %d for review%n",
        r.records(), b.blocks(), b.oversizeBlocks(), r.candidatePairs(), r.links(), r.reviewPairs());
    long multi = r.entitySizes().entrySet().stream().filter(e -> e.getKey() > 1).mapToLong(Map.Entry::getValue).sum();
    w.printf("%d entities (%d with more than one record); model %s%n", r.entities(), multi, r.trained() ? "trained" : "loaded");
    w.printf("run %s written to %s%n", runId, out);
    w.flush();
  }
}
