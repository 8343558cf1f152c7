package org.openresolve.core.config;

import static java.util.Objects.requireNonNull;

/**
 * A rule or mapping file that cannot be used, with the place of the problem: file, line and the
 * path of the field inside the document (e.g. {@code comparisons[2].levels[0].threshold}).
 */
public final class ConfigFileException extends UserInputException {
  private final String file;
  private final int line;
  private final String fieldPath;
  private final String problem;

  public ConfigFileException(String file, int line, String fieldPath, String problem) {
    super(format(file, line, fieldPath, problem));
    this.file = requireNonNull(file, "file is null");
    this.line = line;
    this.fieldPath = requireNonNull(fieldPath, "fieldPath is null");
    this.problem = requireNonNull(problem, "problem is null");
  }

  private static String format(String file, int line, String fieldPath, String problem) {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (!fieldPath.isEmpty()) {
      s.append(": ").append(fieldPath);
    }
    return s.append(": ").append(problem).toString();
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  public String fieldPath() {
    return fieldPath;
  }

  public String problem() {
    return problem;
  }
}
