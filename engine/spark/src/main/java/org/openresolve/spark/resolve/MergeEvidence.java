package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * Turns scored pairs into the rows of {@code merges/} and {@code review/}: both records, the score,
 * the threshold in force, and for each comparison its level with the level's label, the partial
 * weight and the two values compared, plus the blocking rules, the rule set and the run. Labels
 * come from the rule file, so every number an analyst sees says what it means.
 */
final class MergeEvidence implements MapPartitionsFunction<Row, Row> {
  static final StructType FIELD_EVIDENCE =
      new StructType()
          .add("comparison", StringType, false)
          .add("comparison_label", StringType, false)
          .add("level", IntegerType, false)
          .add("level_label", StringType, false)
          .add("partial_weight", DoubleType, false)
          .add("value_l", StringType, true)
          .add("value_r", StringType, true)
          .add("note", StringType, true);

  static final StructType SCHEMA =
      new StructType()
          .add("source_l", StringType, false)
          .add("record_id_l", StringType, false)
          .add("source_r", StringType, false)
          .add("record_id_r", StringType, false)
          .add("match_weight", DoubleType, false)
          .add("match_probability", DoubleType, false)
          .add("decision", StringType, false)
          .add("match_threshold", DoubleType, false)
          .add("review_threshold", DoubleType, false)
          .add("evidence", DataTypes.createArrayType(FIELD_EVIDENCE, false), false)
          .add("blocking_rules", DataTypes.createArrayType(StringType, false), false)
          .add("uncorroborated", DataTypes.BooleanType, false)
          .add("judgement", StringType, true)
          .add("refusal", StringType, true)
          .add("rule_set", StringType, false)
          .add("rule_set_sha256", StringType, false)
          .add("run_id", StringType, false);

  private final Labels labels;
  private final double match;
  private final double review;
  private final String ruleSet;
  private final String ruleSetSha;
  private final String runId;

  MergeEvidence(RuleSet rules, String runId) {
    this.labels = Labels.of(rules);
    this.match = rules.thresholds().matchProbability();
    this.review = rules.thresholds().reviewProbability();
    this.ruleSet = rules.name();
    this.ruleSetSha = rules.sha256();
    this.runId = requireNonNull(runId, "runId is null");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> scored) {
    StructType in = ScorePairs.SCHEMA;
    int levelsAt = in.fieldIndex(PairRows.LEVELS);
    int leftAt = in.fieldIndex(PairRows.VALUES_L);
    int rightAt = in.fieldIndex(PairRows.VALUES_R);
    int weightsAt = in.fieldIndex(ScorePairs.PARTIAL_WEIGHTS);
    int notesAt = in.fieldIndex(ScorePairs.NOTES);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return scored.hasNext();
      }

      @Override
      public Row next() {
        Row p = scored.next();
        List<Integer> levels = p.getList(levelsAt);
        List<String> left = p.getList(leftAt);
        List<String> right = p.getList(rightAt);
        List<Double> weights = p.getList(weightsAt);
        List<String> notes = p.getList(notesAt);
        Row[] evidence = new Row[levels.size()];
        for (int c = 0; c < evidence.length; c++) {
          int level = levels.get(c);
          evidence[c] =
              RowFactory.create(
                  labels.ids[c],
                  labels.comparisons[c],
                  level,
                  labels.levels[c][level],
                  weights.get(c),
                  left.get(c),
                  right.get(c),
                  notes.get(c));
        }
        return RowFactory.create(
            p.getString(in.fieldIndex(PairRows.SOURCE_L)),
            p.getString(in.fieldIndex(PairRows.RECORD_ID_L)),
            p.getString(in.fieldIndex(PairRows.SOURCE_R)),
            p.getString(in.fieldIndex(PairRows.RECORD_ID_R)),
            p.getDouble(in.fieldIndex(ScorePairs.MATCH_WEIGHT)),
            p.getDouble(in.fieldIndex(ScorePairs.PROBABILITY)),
            p.getString(in.fieldIndex(ScorePairs.DECISION)),
            match,
            review,
            PairRows.seq(evidence),
            PairRows.seq(p.getList(in.fieldIndex(PairRows.BLOCKING_RULES)).toArray()),
            p.getBoolean(p.fieldIndex(LinkPolicies.UNCORROBORATED)),
            p.getString(p.fieldIndex(LinkPolicies.JUDGEMENT)),
            p.getString(p.fieldIndex(LinkPolicies.REFUSAL)),
            ruleSet,
            ruleSetSha,
            runId);
      }
    };
  }

  /** The rule file's labels, indexed like comparison vectors. */
  private record Labels(String[] ids, String[] comparisons, String[][] levels)
      implements Serializable {
    static Labels of(RuleSet rules) {
      List<ComparisonSpec> cs = rules.comparisons();
      String[] ids = new String[cs.size()];
      String[] labels = new String[cs.size()];
      String[][] levels = new String[cs.size()][];
      for (int c = 0; c < cs.size(); c++) {
        ids[c] = cs.get(c).id();
        labels[c] = cs.get(c).label();
        levels[c] = cs.get(c).levels().stream().map(l -> l.label()).toArray(String[]::new);
      }
      return new Labels(ids, labels, levels);
    }
  }
}
