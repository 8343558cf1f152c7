package org.openresolve.connectors.analyst;

import org.openresolve.core.config.UserInputException;

/** A judgements or erasure file that cannot be used, naming the file and line. */
public final class AnalystFileException extends UserInputException {
  public AnalystFileException(String file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
