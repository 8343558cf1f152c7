package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.openresolve.model.Judgement;

/** Why a pair was decided as it was. */
public sealed interface DecisionReason {
  /** The thresholds on the match probability decided it. */
  record Scored(double probability) implements DecisionReason {}

  /**
   * Both records are graded low: the pair rests on no corroborated information. Under the rule
   * set's {@code uncorroborated: REVIEW} a pair that scored a link went to review instead.
   */
  record Uncorroborated(double probability) implements DecisionReason {}

  /**
   * The pair scored a link on names alone: nothing beyond names (birth date, document, contact,
   * address...) agreed enough to tell one person from namesakes ({@code thresholds.beyond_names}),
   * so it went to review instead.
   */
  record NamesOnly(double probability) implements DecisionReason {}

  /** An analyst judged the two records SAME: linked whatever the score. */
  record JudgedSame(Judgement judgement) implements DecisionReason {
    public JudgedSame {
      requireNonNull(judgement, "judgement is null");
    }
  }

  /** A link that clustering refused, with the guard and its words. */
  record Refused(Guard guard, String message) implements DecisionReason {
    public Refused {
      requireNonNull(guard, "guard is null");
      requireNonNull(message, "message is null");
    }
  }

  /** Every key the two records share was a block over its size limit, skipped. */
  record Oversize(List<String> keys) implements DecisionReason {
    public Oversize {
      keys = List.copyOf(keys);
    }
  }

  /** Every rule that reached the pair has a {@code skip_when} condition that holds for it. */
  record SkippedWhen(List<String> rules) implements DecisionReason {
    public SkippedWhen {
      rules = List.copyOf(rules);
    }
  }

  /** No blocking rule gave the two records a common key. */
  record NotBlocked() implements DecisionReason {}
}
