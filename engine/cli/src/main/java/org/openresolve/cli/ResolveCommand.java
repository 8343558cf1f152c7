package org.openresolve.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.ingest.SourceInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "Ground truth (source,record_id,entity): evaluate the run against it, as er evaluate does.")
  Path truth;

  @Override
  public Integer call() {
    List<SourceInput> inputs = sources.inputs();
    if (truth != null) {
      EvaluationReport.checkTruth(truth);
    }
    RuleSet rules = ruleOptions.ruleSet();
    ModelParameters frozen = ruleOptions.frozenModel(rules);
    Path out = output.prepare();
    Instant startedAt = Instant.now();
    SparkSession spark = SparkSessions.start("er resolve", sparkOptions.master);
    try {
      ruleOptions.copyInto(out);
      ResolveRun run = new ResolveRun(inputs, rules, frozen, frozen == null ? "trained" : ruleOptions.model.toString(), out);
      ResolveRun.printSummary(spec.commandLine().getOut(), run.run(spark, startedAt), out);
      if (truth != null) {
        EvaluationReport.run(spark, out, truth, spec.commandLine().getOut());
      }
      return 0;
    } finally {
      spark.stop();
    }
  }
}
