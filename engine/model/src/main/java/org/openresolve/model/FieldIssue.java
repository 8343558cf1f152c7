package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * A bad value in a record that was kept: the value stays as written, is not used for matching, and
 * is reported here.
 *
 * @param source the source name given in the run
 * @param recordId the record the value belongs to
 * @param file the path of the file the record came from
 * @param line the 1-based line number where the record's row starts
 * @param field the schema field, e.g. {@code date_of_birth} or {@code phones[1]}
 * @param value the value as written
 * @param reason why it was left out of matching
 * @param detail a human-readable explanation
 */
public record FieldIssue(
    String source,
    String recordId,
    String file,
    long line,
    String field,
    String value,
    FieldIssueReason reason,
    String detail) {
  public FieldIssue {
    requireNonNull(source, "source is null");
    requireNonNull(recordId, "recordId is null");
    requireNonNull(file, "file is null");
    requireNonNull(field, "field is null");
    requireNonNull(value, "value is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(detail, "detail is null");
  }
}
