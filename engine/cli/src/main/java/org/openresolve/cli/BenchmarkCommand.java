package org.openresolve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.Prf;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.generator.Difficulty;
import org.openresolve.generator.ExampleGenerator;
import org.openresolve.generator.GeneratorConfig;
import org.openresolve.generator.GeneratorSummary;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.evaluate.EvaluationFile;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.progress.Progress;
import org.openresolve.spark.resolve.ResolveResult;
import org.openresolve.spark.run.ResolveAction;
import org.openresolve.spark.run.ResolveOptions;
import org.openresolve.spark.run.ResolveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code er benchmark}: generates N people with the example generator, resolves them exactly as
 * {@code er resolve} does and scores the result against the generator's truth. The resolve time is
 * wall time from starting Spark to the last output written (ingest to Parquet); generation and
 * evaluation are timed apart. Driver and executors share this JVM (local mode), so the heap figures
 * cover the whole engine.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Generates N people, resolves them like er resolve and prints wall time, records per second,",
      "candidate pairs, links, peak heap and RSS, and pairwise and B-cubed scores against the truth.",
      "Writes WORK/data (generated sources), WORK/out (the run) and WORK/benchmark.json."
    })
final class BenchmarkCommand implements Callable<Integer> {
  private static final double GIB = 1024.0 * 1024 * 1024;

  @Spec CommandSpec spec;
  @Mixin RuleOptions ruleOptions;

  @Option(
      names = "--people",
      required = true,
      paramLabel = "N",
      description = "Number of distinct people to generate.")
  int people;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--difficulty",
      defaultValue = "NORMAL",
      description = "EASY, NORMAL or HARD (default ${DEFAULT-VALUE}).")
  Difficulty difficulty;

  @Option(
      names = "--master",
      defaultValue = "local[2]",
      paramLabel = "URL",
      description =
          "Spark master (default ${DEFAULT-VALUE}); the heap figures are only the whole engine's in local mode.")
  String master;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Working directory, replaced: data/ and out/ go under it. Default: er-benchmark-N under the temp directory.")
  Path work;

  @Override
  public Integer call() throws IOException {
    if (people < 1) {
      throw new UserError("--people must be at least 1, not " + people);
    }
    RuleSet rules = ruleOptions.ruleSet();
    ModelParameters frozen = ruleOptions.frozenModel(rules);
    Path dir =
        work != null
            ? work
            : Path.of(System.getProperty("java.io.tmpdir"), "er-benchmark-" + people);
    dir = OutputDirectory.prepare(dir, true, "--work");
    Path data = dir.resolve("data");
    Path out = dir.resolve("out");
    PrintWriter w = spec.commandLine().getOut();

    long g0 = System.nanoTime();
    GeneratorSummary generated =
        new ExampleGenerator(new GeneratorConfig(seed, people, difficulty, 0)).generate(data);
    double generateSeconds = seconds(g0);
    w.printf(
        "generated %d people (seed %d, %s): %d records in %s (%.1f s)%n",
        people, seed, difficulty, generated.truthRows(), data, generateSeconds);
    w.flush();

    List<SourceInput> inputs =
        List.of(
            new SourceInput(
                "criminal_records",
                SourceKind.CRIMINAL_RECORDS,
                data.resolve("criminal_records.csv").toString(),
                null,
                null),
            new SourceInput(
                "intelligence_reports",
                SourceKind.INTELLIGENCE_REPORTS,
                data.resolve("intelligence_reports.jsonl").toString(),
                null,
                null),
            new SourceInput(
                "open_web",
                SourceKind.OPEN_WEB,
                data.resolve("open_web.jsonl").toString(),
                null,
                null));
    ResolveAction run =
        new ResolveAction(
            ResolveOptions.builder(inputs, ruleOptions.ruleFile(), rules, out)
                .frozenModel(frozen, ruleOptions.model)
                .build());
    run.checkBeforeWork();

    long r0 = System.nanoTime();
    MemoryWatch memory = MemoryWatch.start();
    SparkSessions.logLevels(false);
    SparkSession spark = SparkSessions.start("er benchmark", master);
    Progress.attach(spark, spec.commandLine().getErr(), 5);
    try {
      double sparkStartSeconds = seconds(r0);
      ResolveOutcome outcome = run.run(spark);
      double resolveSeconds = seconds(r0);
      long peakHeap = memory.peakHeapBytes();
      long peakRss = MemoryWatch.peakRssBytes();
      memory.close();

      long e0 = System.nanoTime();
      EvaluateJob.Result evaluation = new EvaluateJob(spark).run(out, data.resolve("truth.csv"));
      double evaluateSeconds = seconds(e0);
      EvaluationScores scores = evaluation.sums().scores();

      ResolveResult r = outcome.result();
      long inputRecords = outcome.inputRecords();
      double perSecond = inputRecords / resolveSeconds;
      w.printf(
          "resolve on %s, ingest to Parquet: %.1f s wall (Spark start %.1f s), %d input records, %.0f records/s%n",
          spark.sparkContext().master(),
          resolveSeconds,
          sparkStartSeconds,
          inputRecords,
          perSecond);
      w.printf(
          "candidate pairs %d, links %d, review pairs %d, entities %d, clustering rounds %d%n",
          r.candidatePairs(), r.links(), r.reviewPairs(), r.entities(), r.clusteringRounds());
      w.printf(
          "peak heap used %.2f GiB (max heap %.2f GiB), peak RSS %s%n",
          peakHeap / GIB,
          MemoryWatch.maxHeapBytes() / GIB,
          peakRss < 0 ? "unknown" : String.format("%.2f GiB", peakRss / GIB));
      w.printf("stage times (ms): %s%n", outcome.timingsMillis());
      w.printf(
          "pairwise  precision %.4f  recall %.4f  F1 %.4f%n",
          scores.pairwise().precision(), scores.pairwise().recall(), scores.pairwise().f1());
      w.printf(
          "B-cubed   precision %.4f  recall %.4f  F1 %.4f%n",
          scores.bcubed().precision(), scores.bcubed().recall(), scores.bcubed().f1());
      EvaluationReport.printRecallLoss(w, evaluation.recallLoss());
      w.printf("evaluation %.1f s; run %s in %s%n", evaluateSeconds, outcome.runId(), out);
      w.flush();

      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = json.createObjectNode();
      root.put("people", people)
          .put("seed", seed)
          .put("difficulty", difficulty.name())
          .put("master", spark.sparkContext().master());
      root.put("generate_seconds", generateSeconds).put("spark_start_seconds", sparkStartSeconds);
      root.put("resolve_wall_seconds", resolveSeconds)
          .put("input_records", inputRecords)
          .put("records_per_second", perSecond);
      root.put("candidate_pairs", r.candidatePairs())
          .put("links", r.links())
          .put("review_pairs", r.reviewPairs())
          .put("entities", r.entities());
      root.put("peak_heap_used_bytes", peakHeap)
          .put("max_heap_bytes", MemoryWatch.maxHeapBytes())
          .put("peak_rss_bytes", peakRss);
      ObjectNode stages = root.putObject("stage_millis");
      outcome.timingsMillis().forEach(stages::put);
      prf(root.putObject("pairwise"), scores.pairwise());
      prf(root.putObject("bcubed"), scores.bcubed());
      EvaluationFile.recallLoss(root.putObject("recall_loss"), evaluation.recallLoss());
      json.writeValue(dir.resolve("benchmark.json").toFile(), root);
      OutputDirectory.seal(dir, "benchmark", outcome.runId(), "benchmark.json");
      OutputDirectory.markComplete(dir);
      return 0;
    } finally {
      memory.close();
      SparkSessions.stop(spark);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void prf(ObjectNode node, Prf p) {
    node.put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1());
  }
}
