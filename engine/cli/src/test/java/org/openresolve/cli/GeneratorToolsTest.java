package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Without the example generator on the class path (the runtime jar alone), its commands say where
 * it is.
 */
class GeneratorToolsTest {
  private static Run runWithoutGenerator(String... args) {
    CommandLine cl = ErCommand.commandLine(false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void generateWithoutTheGeneratorNamesItsJarInOneLine() {
    Run r =
        runWithoutGenerator("generate", "--people", "50", "--seed", "1", "--out", "/tmp/nowhere");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: er generate needs the example generator, which the runtime jar leaves out: run it with ./er, or add engine/cli/target/tools/openresolve-generator.jar to the class path\n");
  }

  @Test
  void benchmarkWithoutTheGeneratorNamesItsJarInOneLine() {
    Run r = runWithoutGenerator("benchmark", "--people", "50");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: er benchmark needs the example generator");
  }

  @Test
  void theGeneratorOnTheClassPathGivesTheRealCommands() {
    CommandLine cl = ErCommand.commandLine();

    assertThat(GeneratorTools.onClassPath()).isTrue();
    Object generate = cl.getSubcommands().get("generate").getCommand();
    Object benchmark = cl.getSubcommands().get("benchmark").getCommand();
    assertThat(generate).isInstanceOf(GenerateCommand.class);
    assertThat(benchmark).isInstanceOf(BenchmarkCommand.class);
  }
}
