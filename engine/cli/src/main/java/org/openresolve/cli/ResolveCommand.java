package org.openresolve.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.connectors.analyst.ErasureList;
import org.openresolve.connectors.analyst.JudgementsFile;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.run.ResolveAction;
import org.openresolve.spark.run.ResolveOptions;
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
      description =
          "Ground truth (source,record_id,entity): evaluate the run against it, as er evaluate does.")
  Path truth;

  @Option(
      names = "--judgements",
      paramLabel = "FILE",
      description =
          "Analysts' judgements (CSV: source_l,record_id_l,source_r,record_id_r,decision,author,time,reason): SAME links, DIFFERENT keeps apart.")
  Path judgements;

  @Option(
      names = "--erase",
      paramLabel = "FILE",
      description = "Records to erase from every output: source,record_id per line.")
  Path erase;

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description =
          "Audit log to append to (hash-chained JSON lines). Default: audit.jsonl beside the output directory.")
  Path auditLog;

  @Option(
      names = "--previous",
      paramLabel = "DIR",
      description =
          "An earlier run's output: entities keep its ids where membership carries over; lineage/ says what happened.")
  Path previous;

  /** The earlier run, checked before --overwrite may delete it. */
  private Path previousRun() {
    if (previous == null) {
      return null;
    }
    Path dir = previous.toAbsolutePath().normalize();
    if (dir.equals(output.out.toAbsolutePath().normalize())) {
      throw new UserError(
          "--previous "
              + previous
              + " is the --out directory, which the run replaces; copy it elsewhere first");
    }
    return dir;
  }

  @Override
  public Integer call() {
    List<SourceInput> inputs = sources.inputs();
    if (truth != null) {
      EvaluationReport.checkTruth(truth);
    }
    RuleSet rules = ruleOptions.ruleSet();
    ModelParameters frozen = ruleOptions.frozenModel(rules);
    ResolveOptions options =
        ResolveOptions.builder(inputs, ruleOptions.ruleFile(), rules, output.out)
            .frozenModel(frozen, ruleOptions.model)
            .overwrite(output.overwrite)
            .judgements(judgements == null ? List.of() : JudgementsFile.read(judgements))
            .erase(erase == null ? Set.of() : ErasureList.read(erase))
            .auditLog(
                auditLog != null
                    ? auditLog
                    : output.out.toAbsolutePath().normalize().resolveSibling("audit.jsonl"))
            .previous(previousRun())
            .truth(truth)
            .build();
    ResolveAction action = new ResolveAction(options);
    action.checkBeforeWork();
    action.warmUp();
    SparkSession spark = sparkOptions.start("er resolve", spec);
    try {
      ResolveSummary.print(spec.commandLine().getOut(), action.run(spark));
      return 0;
    } finally {
      SparkSessions.stop(spark);
    }
  }
}
