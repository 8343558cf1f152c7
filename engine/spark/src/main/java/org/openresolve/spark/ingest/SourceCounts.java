package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What reading one source gave. Rows read = rows accepted + rows quarantined; an accepted row holds
 * one record, or for intelligence reports one per subject, some of which may be quarantined on
 * their own ({@code partsQuarantined}).
 */
public record SourceCounts(
    String source,
    String kind,
    List<InputFile> files,
    long rowsRead,
    long rowsAccepted,
    long rowsQuarantined,
    Map<String, Long> rowsQuarantinedByReason,
    long recordsAccepted,
    long partsQuarantined,
    Map<String, Long> partsQuarantinedByReason,
    long fieldIssues,
    Map<String, Long> fieldIssuesByReason) {
  public SourceCounts {
    requireNonNull(source, "source is null");
    requireNonNull(kind, "kind is null");
    files = List.copyOf(files);
    rowsQuarantinedByReason = Map.copyOf(rowsQuarantinedByReason);
    partsQuarantinedByReason = Map.copyOf(partsQuarantinedByReason);
    fieldIssuesByReason = Map.copyOf(fieldIssuesByReason);
    if (rowsRead != rowsAccepted + rowsQuarantined) {
      throw new IllegalStateException(
          "source "
              + source
              + ": rows read "
              + rowsRead
              + " != accepted "
              + rowsAccepted
              + " + quarantined "
              + rowsQuarantined);
    }
  }

  /** A file read for the source, hashed while it was parsed. */
  public record InputFile(String path, long bytes, String sha256) {}
}
