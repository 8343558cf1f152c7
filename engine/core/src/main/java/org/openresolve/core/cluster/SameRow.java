package org.openresolve.core.cluster;

import java.util.Optional;
import org.openresolve.core.compare.MatchView;

/**
 * Two records read from one input row (the subjects of one intelligence report) are two people by
 * the source's own account. Unlike {@link RecordConflicts}, this holds for a direct link too: the
 * score never weighed it.
 */
public final class SameRow {
  private SameRow() {}

  /** Why the two records cannot be one person, if they came from one row. */
  public static Optional<String> between(MatchView a, MatchView b) {
    return a.row().equals(b.row())
        ? Optional.of("are two subjects of one input row")
        : Optional.empty();
  }
}
