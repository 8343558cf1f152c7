package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openresolve.core.config.ConfigFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The user's problems are one line and exit 2; a fault of the engine is never blamed on the input.
 */
class ErrorReporterTest {
  /** A command that fails with the exception it is given. */
  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    private final RuntimeException failure;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  /** The same, for a command without -v. */
  @Command(name = "fail-quietly")
  static final class FailingWithoutVerbose implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("counted 3 rows but wrote 2");
    }
  }

  private static Run run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler(new ErrorReporter());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aUserInputProblemIsOneLineWithExitCode2() {
    Run r =
        run(new Failing(new ConfigFileException("rules.yaml", 3, "blocking[0].keys", "is empty")));

    assertThat(r.exit()).isEqualTo(ErrorReporter.USAGE);
    assertThat(r.err()).isEqualTo("error: rules.yaml:3: blocking[0].keys: is empty\n");
  }

  @Test
  void anIllegalArgumentInsideTheEngineIsAnInternalErrorNotTheUsersFault() {
    Run r = run(new Failing(new IllegalArgumentException("weight -1.0 is negative")));

    assertThat(r.exit()).isEqualTo(ErrorReporter.INTERNAL);
    assertThat(r.err())
        .isEqualTo(
            "internal error: java.lang.IllegalArgumentException: weight -1.0 is negative\n"
                + "this is a fault in the engine, not in the input; run again with -v for the stack trace\n");
  }

  @Test
  void verbosePrintsTheStackTraceOfAnInternalError() {
    Run r = run(new Failing(new IllegalArgumentException("weight -1.0 is negative")), "-v");

    assertThat(r.exit()).isEqualTo(ErrorReporter.INTERNAL);
    assertThat(r.err())
        .startsWith("internal error: java.lang.IllegalArgumentException: weight -1.0 is negative\n")
        .contains(
            "\tat org.openresolve.cli.ErrorReporterTest.verbosePrintsTheStackTraceOfAnInternalError(")
        .doesNotContain("run again with -v");
  }

  @Test
  void aCommandWithoutVerbosePrintsTheStackTraceAtOnce() {
    Run r = run(new FailingWithoutVerbose());

    assertThat(r.exit()).isEqualTo(ErrorReporter.INTERNAL);
    assertThat(r.err())
        .startsWith("internal error: java.lang.IllegalStateException: counted 3 rows but wrote 2\n")
        .contains("\tat org.openresolve.cli.ErrorReporterTest$FailingWithoutVerbose.call(");
  }
}
