package org.openresolve.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.spark.SparkMasters;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.ingest.IngestJob;
import org.openresolve.spark.ingest.IngestResult;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.manifest.RunIds;
import org.openresolve.spark.manifest.RunManifest;
import org.openresolve.spark.output.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code er ingest}: read sources into the common schema and write them as Parquet. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads sources into the common schema and writes DIR/records, DIR/quarantine (unreadable rows),",
      "DIR/field_issues (bad values in kept records) as Parquet, and DIR/manifest.json."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions sources;
  @Mixin OutputOptions output;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    List<SourceInput> inputs = sources.inputs();
    OutputDirectory.requireApart(output.out, "--out", sources.inputPaths());
    SparkMasters.check(sparkOptions.master);
    IngestJob.checkBeforeReading(inputs, Instant.now());
    Path out = output.prepare();
    Instant startedAt = Instant.now();
    SparkSession spark = sparkOptions.start("er ingest", spec);
    try {
      RunManifest manifest =
          new RunManifest(
              RunIds.next(startedAt), "ingest", startedAt, spark.sparkContext().master());
      long t0 = System.nanoTime();
      IngestResult result =
          new IngestJob(spark, startedAt, ConnectorSettings.DEFAULT_MAX_ROW_BYTES).run(inputs);
      long t1 = System.nanoTime();
      IngestTables.write(result, out);
      long t2 = System.nanoTime();
      result.release();
      manifest
          .sources(inputs, result.counts())
          .timing("read_and_count", (t1 - t0) / 1_000_000)
          .timing("write", (t2 - t1) / 1_000_000);
      manifest.write(out.resolve("manifest.json"), Instant.now());
      OutputDirectory.seal(out, "ingest", manifest.runId(), "manifest.json");
      OutputDirectory.markComplete(out);
      var w = spec.commandLine().getOut();
      IngestSummary.print(w, result.counts());
      w.printf("run %s: %d records written to %s%n", manifest.runId(), result.totalRecords(), out);
      w.flush();
      return 0;
    } finally {
      SparkSessions.stop(spark);
    }
  }
}
