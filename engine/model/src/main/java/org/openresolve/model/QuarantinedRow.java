package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * A row that could not become a record, kept with everything an analyst needs to find and fix it.
 *
 * @param source the source name given in the run
 * @param kind the source kind
 * @param file the path of the file the row came from
 * @param line the 1-based line number where the row starts
 * @param reason why it was quarantined
 * @param detail a human-readable explanation quoting the offending part
 * @param raw the raw text of the row (cut to the oversize limit for oversize rows)
 * @param recordId the record id the row names, where the part of it holding the id could be read,
 *     else null; erasure of that record removes the row
 */
public record QuarantinedRow(
    String source,
    SourceKind kind,
    String file,
    long line,
    QuarantineReason reason,
    String detail,
    String raw,
    String recordId) {
  public QuarantinedRow {
    requireNonNull(source, "source is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(file, "file is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(detail, "detail is null");
    requireNonNull(raw, "raw is null");
  }

  /** A row whose record id is unknown. */
  public QuarantinedRow(
      String source,
      SourceKind kind,
      String file,
      long line,
      QuarantineReason reason,
      String detail,
      String raw) {
    this(source, kind, file, line, reason, detail, raw, null);
  }
}
