package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * An intelligence grading, kept verbatim: an assessment of the source, never a fact about the
 * person.
 *
 * @param system the grading system, e.g. {@code ADMIRALTY} (NATO A-F / 1-6)
 * @param sourceReliability as given (A-F in the Admiralty system), or null
 * @param informationCredibility as given (1-6 in the Admiralty system), or null
 */
public record Grading(String system, String sourceReliability, String informationCredibility) {
  public static final String ADMIRALTY = "ADMIRALTY";

  public Grading {
    requireNonNull(system, "system is null");
  }
}
