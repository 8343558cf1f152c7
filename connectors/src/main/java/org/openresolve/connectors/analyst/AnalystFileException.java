package org.openresolve.connectors.analyst;

/** A judgements or erasure file that cannot be used, naming the file and line. */
public final class AnalystFileException extends RuntimeException {
  public AnalystFileException(String file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
