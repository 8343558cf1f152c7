package org.openresolve.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What the source says about the record itself rather than the person.
 *
 * @param originator agency, unit or originator that holds or reported the record, or null
 * @param collectedAt when the information was collected, reported or captured, or null
 * @param updatedAt when the source last changed the record, or null
 * @param subjectCategory the data-subject category; {@link SubjectCategory#UNDETERMINED} when the
 *     source does not say, never null
 * @param grading the source's grading, verbatim, or null when ungraded
 * @param handlingCode handling or protective marking, verbatim (e.g. OFFICIAL-SENSITIVE), or null
 * @param webNetwork clear, deep or dark web for open-web captures, else null
 */
public record SourceMetadata(
    String originator,
    Instant collectedAt,
    Instant updatedAt,
    SubjectCategory subjectCategory,
    Grading grading,
    String handlingCode,
    WebNetwork webNetwork) {
  public SourceMetadata {
    requireNonNull(subjectCategory, "subjectCategory is null");
  }

  public static SourceMetadata undetermined() {
    return new SourceMetadata(null, null, null, SubjectCategory.UNDETERMINED, null, null, null);
  }
}
