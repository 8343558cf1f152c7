package org.openresolve.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An analyst's decision about two records, which clustering obeys: {@link Verdict#SAME} links them
 * whatever their score, {@link Verdict#DIFFERENT} keeps them in different entities even when a
 * chain of other links joins them.
 *
 * @param left {@code source:record_id} of one record
 * @param right {@code source:record_id} of the other
 * @param author who decided
 * @param at when
 * @param reason why, in the analyst's words
 */
public record Judgement(
    String left, String right, Verdict verdict, String author, Instant at, String reason) {
  public Judgement {
    requireNonNull(left, "left is null");
    requireNonNull(right, "right is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(author, "author is null");
    requireNonNull(at, "at is null");
    requireNonNull(reason, "reason is null");
    if (left.equals(right)) {
      throw new IllegalArgumentException(
          "a judgement is about two different records, not " + left + " twice");
    }
  }

  /** The two possible decisions. */
  public enum Verdict {
    SAME,
    DIFFERENT
  }
}
