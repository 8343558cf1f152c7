package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What reading one source gave. Rows read (counted by the files' readers) = rows accepted + rows
 * quarantined (counted from what the rows became); an accepted row holds one record, or for
 * intelligence reports one per subject, some of which may be quarantined on their own ({@code
 * partsQuarantined}).
 *
 * @param phoneRegionInferred the region the source's phone numbers without a country code were read
 *     in, as its international-form numbers showed it; null when it was given or none was clear
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
    Map<String, Long> fieldIssuesByReason,
    String phoneRegionInferred) {
  public SourceCounts {
    requireNonNull(source, "source is null");
    requireNonNull(kind, "kind is null");
    files = List.copyOf(files);
    // Reasons in name order, so every listing of them is the same from run to run.
    rowsQuarantinedByReason = sorted(rowsQuarantinedByReason);
    partsQuarantinedByReason = sorted(partsQuarantinedByReason);
    fieldIssuesByReason = sorted(fieldIssuesByReason);
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

  /**
   * The source's row accounting in one line, with the reasons of what was quarantined or flagged:
   * counts only, never a value read.
   */
  public String accounting() {
    return String.format(
        java.util.Locale.ROOT,
        "%s (%s): %d rows read = %d accepted + %d quarantined%s; %d records%s; %d field issues%s",
        source,
        kind,
        rowsRead,
        rowsAccepted,
        rowsQuarantined,
        reasons(rowsQuarantinedByReason),
        recordsAccepted,
        partsQuarantined == 0
            ? ""
            : " (+"
                + partsQuarantined
                + " subjects quarantined"
                + reasons(partsQuarantinedByReason)
                + ")",
        fieldIssues,
        reasons(fieldIssuesByReason));
  }

  private static String reasons(Map<String, Long> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    return byReason.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(java.util.stream.Collectors.joining(", ", " (", ")"));
  }

  /** Every warning about the source's files, each prefixed with the file. */
  public List<String> warnings() {
    List<String> out = new java.util.ArrayList<>();
    files.forEach(f -> f.warnings().forEach(w -> out.add(f.path() + ": " + w)));
    return out;
  }

  /**
   * A file read for the source, hashed while it was parsed, with the rows and physical lines its
   * reader counted.
   *
   * @param problem why no row of it could be read, or null
   * @param warnings what the user should know about it (an optional column missing, no rows)
   */
  public record InputFile(
      String path,
      long bytes,
      String sha256,
      long rows,
      long lines,
      String problem,
      List<String> warnings) {
    public InputFile {
      requireNonNull(path, "path is null");
      warnings = List.copyOf(warnings);
    }
  }

  private static Map<String, Long> sorted(Map<String, Long> byReason) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byReason));
  }
}
