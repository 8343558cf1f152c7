package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.GradingPolicy;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Grading;
import org.openresolve.model.PersonRecord;

/**
 * What resolution needs of a record, built once: its match view (whose key, {@code
 * source:record_id}, is the record's identity throughout), its blocking keys and whether its
 * grading is low under the rule set's grading policy.
 */
public record PreparedRecord(MatchView view, List<String> blockKeys, boolean lowGrade) {
  public PreparedRecord {
    requireNonNull(view, "view is null");
    blockKeys = List.copyOf(blockKeys);
  }

  public String key() {
    return view.key();
  }

  /** Prepares records under one rule set. */
  public static final class Preparation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BlockKeys keys;
    private final GradingPolicy grading;

    public Preparation(RuleSet rules) {
      requireNonNull(rules, "rules is null");
      this.keys = new BlockKeys(rules);
      this.grading = rules.grading();
    }

    public PreparedRecord of(PersonRecord record) {
      MatchView view = MatchView.of(record);
      Grading g = record.metadata().grading();
      boolean low = g != null && grading.isLow(g.sourceReliability(), g.informationCredibility());
      return new PreparedRecord(view, keys.keysOf(view), low);
    }
  }
}
