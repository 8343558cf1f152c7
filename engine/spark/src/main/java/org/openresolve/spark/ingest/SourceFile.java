package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One file of a source, as listed before reading: its number among the source's files (in path
 * order) and its URI, which is opened as it is, never expanded as a pattern.
 */
record SourceFile(int number, String uri) implements Serializable {
  SourceFile {
    requireNonNull(uri, "uri is null");
  }
}
