package org.openresolve.cli;

import java.nio.file.Path;
import org.openresolve.spark.output.OutputDirectory;
import picocli.CommandLine.Option;

/** The output directory of a run: must not exist unless {@code --overwrite}. */
final class OutputOptions {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory (must not exist).")
  Path out;

  @Option(
      names = "--overwrite",
      description =
          "Replace the output directory if it holds an earlier output of the engine (anything else is refused, never deleted).")
  boolean overwrite;

  /** Makes a fresh, empty output directory, or says why it cannot. */
  Path prepare() {
    return OutputDirectory.prepare(out, overwrite, "--out");
  }
}
