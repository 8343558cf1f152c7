package org.openresolve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.audit.AuditLog;
import org.openresolve.core.rules.HandlingCodes;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.spark.SparkMasters;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.explain.Explainer;
import org.openresolve.spark.export.ExportJob;
import org.openresolve.spark.manifest.RunIds;
import org.openresolve.spark.output.StagedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code er export}: a release copy of a run for an audience cleared for a handling code. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes under --to a copy of the run in --out holding only the records the audience may see,",
      "with membership, entities, statements, merges and review recomputed from those records alone.",
      "The handling-code order is the run's own rule file (ruleset.yaml beside its outputs)."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions sparkOptions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory of a resolve run.")
  Path out;

  @Option(
      names = "--audience",
      required = true,
      paramLabel = "CODE",
      description = "The handling code the audience is cleared for.")
  String audience;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR2",
      description = "Where the release copy is written (must not exist).")
  Path to;

  @Option(names = "--overwrite", description = "Replace --to if it exists.")
  boolean overwrite;

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Audit log to append to. Default: audit.jsonl beside the run directory.")
  Path auditLog;

  @Override
  public Integer call() {
    Path run = out.toAbsolutePath().normalize();
    if (!Files.isDirectory(run.resolve("records")) || !Files.isDirectory(run.resolve("merges"))) {
      throw new UserError(out + " holds no records/ and merges/; is it the output of er resolve?");
    }
    ExportJob.requireFinishedRun(run);
    Path target = to.toAbsolutePath().normalize();
    if (target.startsWith(run) || run.startsWith(target)) {
      throw new UserError(
          "--to " + to + " must be outside the run directory " + out + ", and not contain it");
    }
    HandlingCodes codes = RuleSet.load(run.resolve(Explainer.RULE_FILE)).handlingCodes();
    if (!codes.order().contains(audience.strip().toUpperCase(java.util.Locale.ROOT))) {
      throw new UserError(
          "audience '" + audience + "' is not one of the run's handling codes " + codes.order());
    }
    AuditLog log = new AuditLog(auditLog != null ? auditLog : run.resolveSibling("audit.jsonl"));
    log.requireIntact();
    log.requireWritable();
    SparkMasters.check(sparkOptions.master);
    // Written beside --to and moved there complete, so a killed export leaves no partial release.
    StagedOutput staged = StagedOutput.beside(target, "--to");
    Path dir = staged.open(overwrite);
    Instant startedAt = Instant.now();
    SparkSession spark = sparkOptions.start("er export", spec);
    try {
      String exportId = RunIds.next(startedAt);
      ExportJob.Counts c = new ExportJob(spark, codes, audience).run(run, dir, exportId, startedAt);
      // A disclosure is logged like a combination: what went to whom, in counts, no personal data.
      ObjectNode entry =
          new ObjectMapper()
              .createObjectNode()
              .put("at", startedAt.toString())
              .put("user", System.getProperty("user.name"))
              .put("command", "export")
              .put("run_id", exportId)
              .put("from", run.toString())
              .put("to", target.toString())
              .put("audience", audience.strip().toUpperCase(java.util.Locale.ROOT))
              .put("records_released", c.released())
              .put("records_withheld", c.withheld())
              .put("entities", c.entities())
              .put("merges", c.merges());
      log.append(entry);
      staged.commit("export", exportId, "manifest.json");
      spec.commandLine()
          .getOut()
          .printf(
              "released %d records, withheld %d; %d entities, %d merges; written to %s%n",
              c.released(), c.withheld(), c.entities(), c.merges(), to);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (RuntimeException e) {
      staged.abandon();
      throw e;
    } finally {
      SparkSessions.stop(spark);
    }
  }
}
