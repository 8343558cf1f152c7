package org.openresolve.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openresolve.generator.Difficulty;
import org.openresolve.generator.ExampleGenerator;
import org.openresolve.generator.GeneratorConfig;
import org.openresolve.generator.GeneratorSummary;
import org.openresolve.spark.manifest.RunIds;
import org.openresolve.spark.output.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code er generate}: synthetic sources of all three kinds with a ground-truth file. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes deterministic synthetic criminal_records.csv, intelligence_reports.jsonl, open_web.jsonl and truth.csv.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Option(
      names = "--people",
      defaultValue = "1000",
      description = "Number of distinct people (default ${DEFAULT-VALUE}).")
  int people;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed; the same seed gives the same files (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--difficulty",
      defaultValue = "NORMAL",
      description = "EASY, NORMAL or HARD (default ${DEFAULT-VALUE}).")
  Difficulty difficulty;

  @Option(
      names = "--bad-row-rate",
      defaultValue = "0",
      description = "Share of deliberately bad rows and values (default ${DEFAULT-VALUE}).")
  double badRowRate;

  @Override
  public Integer call() throws IOException {
    Path out = output.prepare();
    GeneratorSummary summary =
        new ExampleGenerator(new GeneratorConfig(seed, people, difficulty, badRowRate))
            .generate(out);
    OutputDirectory.seal(out, "generate", RunIds.next(java.time.Instant.now()), "truth.csv");
    OutputDirectory.markComplete(out);
    spec.commandLine().getOut().println(summary);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
