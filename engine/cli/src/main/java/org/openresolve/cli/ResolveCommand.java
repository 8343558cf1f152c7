package org.openresolve.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.output.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import java.util.Set;
import org.openresolve.connectors.analyst.ErasureList;
import org.openresolve.connectors.analyst.JudgementsFile;
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

  @Option(
      names = "--judgements",
      paramLabel = "FILE",
      description = "Analysts' judgements (CSV: source_l,record_id_l,source_r,record_id_r,decision,author,time,reason): SAME links, DIFFERENT keeps apart.")
  Path judgements;

  @Option(names = "--erase", paramLabel = "FILE", description = "Records to erase from every output: source,record_id per line.")
  Path erase;

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Audit log to append to (hash-chained JSON lines). Default: audit.jsonl beside the output directory.")
  Path auditLog;

  @Option(
      names = "--previous",
      paramLabel = "DIR",
      description = "An earlier run's output: entities keep its ids where membership carries over; lineage/ says what happened.")
  Path previous;

  /** The earlier run, checked before --overwrite may delete it. */
  private Path previousRun() {
    if (previous == null) {
      return null;
    }
    Path dir = previous.toAbsolutePath().normalize();
    if (!java.nio.file.Files.isDirectory(dir.resolve("membership"))) {
      throw new UserError("--previous " + previous + " holds no membership/; is it the output of er resolve?");
    }
    if (dir.equals(output.out.toAbsolutePath().normalize())) {
      throw new UserError("--previous " + previous + " is the --out directory, which the run replaces; copy it elsewhere first");
    }
    return dir;
  }

  /** Every file and folder the run reads or appends to, which replacing --out must not touch. */
  private Map<String, Path> inputPaths(ResolveRun.Governance governance) {
    Map<String, Path> paths = new LinkedHashMap<>(sources.inputPaths());
    paths.put("the rule file", ruleOptions.ruleFile());
    if (ruleOptions.model != null) {
      paths.put("--model", ruleOptions.model);
    }
    if (truth != null) {
      paths.put("--truth", truth);
    }
    if (judgements != null) {
      paths.put("--judgements", judgements);
    }
    if (erase != null) {
      paths.put("--erase", erase);
    }
    if (governance.previous() != null) {
      paths.put("--previous", governance.previous());
    }
    paths.put("the audit log", governance.auditLog());
    return paths;
  }

  @Override
  public Integer call() {
    List<SourceInput> inputs = sources.inputs();
    if (truth != null) {
      EvaluationReport.checkTruth(truth);
    }
    RuleSet rules = ruleOptions.ruleSet();
    ModelParameters frozen = ruleOptions.frozenModel(rules);
    ResolveRun.Governance governance =
        new ResolveRun.Governance(
            judgements == null ? List.of() : JudgementsFile.read(judgements),
            erase == null ? Set.of() : ErasureList.read(erase),
            auditLog != null ? auditLog : output.out.toAbsolutePath().normalize().resolveSibling("audit.jsonl"),
            previousRun());
    OutputDirectory.requireApart(output.out, "--out", inputPaths(governance));
    Path out = output.prepare();
    Instant startedAt = Instant.now();
    SparkSession spark = SparkSessions.start("er resolve", sparkOptions.master);
    try {
      ruleOptions.copyInto(out);
      ResolveRun run = new ResolveRun(inputs, rules, frozen, frozen == null ? "trained" : ruleOptions.model.toString(), out, governance);
      ResolveRun.Outcome outcome = run.run(spark, startedAt);
      ResolveRun.printSummary(spec.commandLine().getOut(), outcome, out);
      if (truth != null) {
        EvaluationReport.run(spark, out, truth, spec.commandLine().getOut());
      }
      OutputDirectory.seal(out, "resolve", outcome.runId(), "manifest.json");
      OutputDirectory.markComplete(out);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
