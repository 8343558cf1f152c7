package org.openresolve.cli;

import java.io.UncheckedIOException;
import org.openresolve.core.config.UserInputException;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (bad rule or mapping files, bad arguments, unreadable inputs)
 * into one clear line and exit code 2; anything else is an internal error (exit 1) with its cause.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
  static final int USAGE = 2;
  static final int INTERNAL = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    var err = cl.getErr();
    if (e instanceof UserInputException || e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("error: " + io.getMessage() + ": " + io.getCause().getMessage());
      return USAGE;
    }
    err.println("internal error: " + e);
    e.printStackTrace(err);
    return INTERNAL;
  }
}
