package org.openresolve.core.pipeline;

/** What became of a candidate pair. */
public enum PairDecision {
  /** Scored below the review threshold, or never compared: nothing happens. */
  NONE,
  /** For an analyst to decide; never merged automatically. */
  REVIEW,
  /** Merged. */
  LINK,
  /** Would have linked, but a guard or an analyst's DIFFERENT keeps the two records apart. */
  REFUSED
}
