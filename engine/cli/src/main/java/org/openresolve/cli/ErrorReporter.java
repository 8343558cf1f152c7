package org.openresolve.cli;

import java.io.UncheckedIOException;
import org.openresolve.core.config.UserInputException;
import picocli.CommandLine;

/**
 * Sorts what stopped a command into the user's problems and the engine's. A {@link
 * UserInputException} (a bad option, rule, mapping or analyst file, or input the engine refuses)
 * and an unreadable file are one line and exit code 2. Anything else is an internal error (exit 1):
 * a fault of the engine, never blamed on the input, with its stack trace under {@code -v} (or at
 * once, for the commands that have no {@code -v}).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
  static final int USAGE = 2;
  static final int INTERNAL = 1;
  private static final String VERBOSE = "--verbose";

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    var err = cl.getErr();
    if (e instanceof UserInputException) {
      err.println("error: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("error: " + io.getMessage() + ": " + io.getCause().getMessage());
      return USAGE;
    }
    err.println("internal error: " + e);
    boolean hasVerbose = cl.getCommandSpec().findOption(VERBOSE) != null;
    if (hasVerbose && !verbose(parsed)) {
      err.println(
          "this is a fault in the engine, not in the input; run again with -v for the stack trace");
    } else {
      e.printStackTrace(err);
    }
    return INTERNAL;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
