package org.openresolve.core.config;

/**
 * A problem with what the user gave the engine (an option, a path, a file's content) that the user
 * can fix: reported as one line, without a stack trace, and the run stops before it writes
 * anything. Every other exception is an internal error of the engine. Rule, mapping, judgement and
 * erasure files have their own subclasses that also name the file and line.
 */
public class UserInputException extends RuntimeException {
  public UserInputException(String message) {
    super(message);
  }
}
