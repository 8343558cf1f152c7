package org.openresolve.spark.explain;

import java.util.List;
import org.apache.spark.sql.Row;

/** A scored link (or candidate pair) with everything that decided it. */
public record LinkEvidence(
    String left,
    String right,
    double matchWeight,
    double matchProbability,
    double matchThreshold,
    double reviewThreshold,
    List<String> blockingRules,
    List<FieldEvidence> evidence,
    String ruleSet,
    String runId,
    String judgement,
    boolean uncorroborated) {
  public LinkEvidence {
    blockingRules = List.copyOf(blockingRules);
    evidence = List.copyOf(evidence);
  }

  /** From a row of {@code merges/} or {@code review/}. */
  static LinkEvidence of(Row m) {
    return new LinkEvidence(
        m.getString(m.fieldIndex("source_l")) + ":" + m.getString(m.fieldIndex("record_id_l")),
        m.getString(m.fieldIndex("source_r")) + ":" + m.getString(m.fieldIndex("record_id_r")),
        m.getDouble(m.fieldIndex("match_weight")),
        m.getDouble(m.fieldIndex("match_probability")),
        m.getDouble(m.fieldIndex("match_threshold")),
        m.getDouble(m.fieldIndex("review_threshold")),
        m.getList(m.fieldIndex("blocking_rules")),
        m.<Row>getList(m.fieldIndex("evidence")).stream().map(FieldEvidence::of).toList(),
        m.getString(m.fieldIndex("rule_set")),
        m.getString(m.fieldIndex("run_id")),
        has(m, "judgement") ? m.getString(m.fieldIndex("judgement")) : null,
        has(m, "uncorroborated") && m.getBoolean(m.fieldIndex("uncorroborated")));
  }

  private static boolean has(Row m, String field) {
    return java.util.Arrays.asList(m.schema().fieldNames()).contains(field);
  }
}
