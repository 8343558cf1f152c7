package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code er report} refuses, in one line and before Spark starts, a directory it cannot report on.
 */
class ReportCommandTest {
  @TempDir Path dir;

  private static int run(StringWriter err, String... args) {
    CommandLine cl = ErCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void refusesADirectoryThatIsNotAResolveOutput() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    StringWriter err = new StringWriter();

    assertThat(run(err, "report", "--out", other.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "error: --out "
                + other
                + " has no .openresolve-output marker, so it is not a finished output of er resolve\n");
  }

  @Test
  void refusesAMissingDirectory() {
    StringWriter err = new StringWriter();

    assertThat(run(err, "report", "--out", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("error: --out " + dir.resolve("nope") + " is not a directory\n");
  }
}
