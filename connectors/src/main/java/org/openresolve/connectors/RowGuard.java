package org.openresolve.connectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.RecordKey;

/**
 * The checks every connector makes on a row's identity, and the quarantine rows they produce: a
 * record id must be present and unused within the source, and the record must say something about a
 * person. Holds the ids seen so far, so one guard serves one source file.
 */
final class RowGuard {
  private final ConnectorSettings settings;
  private final Set<String> seenIds = new HashSet<>();
  private final MessageDigest sha256;

  RowGuard(ConnectorSettings settings) {
    this.settings = settings;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  QuarantinedRow quarantine(long line, QuarantineReason reason, String detail, String raw) {
    return quarantine(line, reason, detail, raw, null);
  }

  /**
   * @param recordId the id the row names, or null where it cannot be read
   */
  QuarantinedRow quarantine(
      long line, QuarantineReason reason, String detail, String raw, String recordId) {
    String id = recordId == null || recordId.isBlank() ? null : recordId;
    return new QuarantinedRow(
        settings.sourceName(), settings.kind(), settings.fileName(), line, reason, detail, raw, id);
  }

  RowResult.Quarantined quarantined(long line, QuarantineReason reason, String detail, String raw) {
    return quarantined(line, reason, detail, raw, null);
  }

  RowResult.Quarantined quarantined(
      long line, QuarantineReason reason, String detail, String raw, String recordId) {
    return new RowResult.Quarantined(quarantine(line, reason, detail, raw, recordId));
  }

  /**
   * Null when {@code id} is usable (and now taken), else why not. An id is checked for use only
   * once it is known to be present, so a blank id never blocks a later one.
   */
  QuarantinedRow claimId(String id, String idField, long line, String raw) {
    if (id == null || id.isBlank()) {
      return quarantine(
          line, QuarantineReason.MISSING_RECORD_ID, "'" + idField + "' is empty or missing", raw);
    }
    if (!seenIds.add(id)) {
      return quarantine(
          line,
          QuarantineReason.DUPLICATE_RECORD_ID,
          "record id '" + id + "' was already used by an earlier row",
          raw,
          id);
    }
    return null;
  }

  RecordKey key(String id, String rowSha256) {
    return new RecordKey(settings.sourceName(), settings.kind(), id, rowSha256);
  }

  String sha256(String raw) {
    return HexFormat.of().formatHex(sha256.digest(raw.getBytes(StandardCharsets.UTF_8)));
  }

  /** The record, or the quarantine of a row whose record holds no information about a person. */
  RowResult accept(long line, String raw, PersonRecord record, List<FieldIssue> issues) {
    if (!RecordAssembler.describesAPerson(record)) {
      return quarantined(
          line,
          QuarantineReason.EMPTY_RECORD,
          "record '" + record.key().recordId() + "' has no name, date, identifier or contact",
          raw,
          record.key().recordId());
    }
    return new RowResult.Accepted(line, List.of(record), issues, List.of());
  }
}
