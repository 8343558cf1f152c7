package org.openresolve.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of source file the engine can read, by the id used on the command line. */
public enum SourceKind {
  CRIMINAL_RECORDS("criminal-records"),
  INTELLIGENCE_REPORTS("intelligence-reports"),
  OPEN_WEB("open-web"),
  /** Any CSV export, read through a mapping file. */
  CSV("csv"),
  /** Any JSON Lines export, read through a mapping file. */
  JSONL("jsonl");

  private final String id;

  SourceKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether this kind needs a mapping file (source column to schema field). */
  public boolean needsMapping() {
    return this == CSV || this == JSONL;
  }

  public static Optional<SourceKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static String knownIds() {
    return Arrays.stream(values()).map(SourceKind::id).collect(Collectors.joining(", "));
  }
}
