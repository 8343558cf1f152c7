package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * Identifies one source record: the source name given in the run, its kind, the record id within
 * that source and the sha256 of the raw row it was read from (so any later change to the row
 * shows).
 */
public record RecordKey(String source, SourceKind kind, String recordId, String rowSha256) {
  public RecordKey {
    requireNonNull(source, "source is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(recordId, "recordId is null");
    requireNonNull(rowSha256, "rowSha256 is null");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source is blank");
    }
    if (recordId.isBlank()) {
      throw new IllegalArgumentException("recordId is blank");
    }
  }

  /** {@code source:recordId}, the form analysts use to name a record. */
  public String qualifiedId() {
    return source + ":" + recordId;
  }
}
