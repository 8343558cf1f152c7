package org.openresolve.cli;

import org.openresolve.core.config.UserInputException;

/** A problem with what the user asked for, reported as one line without a stack trace. */
final class UserError extends UserInputException {
  UserError(String message) {
    super(message);
  }
}
