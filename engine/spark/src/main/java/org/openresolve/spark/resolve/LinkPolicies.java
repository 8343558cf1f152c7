package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.GradingPolicy;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.model.Judgement;
import org.openresolve.spark.schema.Columns;

/**
 * What decides a pair besides its score: the grading policy (a link between two low-graded records
 * is uncorroborated, and goes to review if the rule set says so) and the analysts' judgements (a
 * SAME links whatever the score, with the judgement as provenance; a DIFFERENT is handed to the
 * component guards as a cannot-link).
 */
final class LinkPolicies {
  static final String UNCORROBORATED = "uncorroborated";
  static final String JUDGEMENT = "judgement";
  static final String JUDGEMENT_RULE = "analyst_judgement";
  static final String REFUSAL = "refusal";

  /** Scored pairs with the two policy columns. */
  static final StructType SCHEMA =
      ScorePairs.SCHEMA.add(UNCORROBORATED, DataTypes.BooleanType, false).add(JUDGEMENT, DataTypes.StringType, true);

  private LinkPolicies() {}

  /** Marks pairs whose two records are both graded low; such links become REVIEW under a REVIEW policy. */
  static Dataset<Row> grade(Dataset<Row> scored, Dataset<Row> records, Dataset<Row> views, GradingPolicy policy) {
    UserDefinedFunction low =
        udf((UDF2<String, String, Boolean>) policy::isLow, DataTypes.BooleanType);
    Dataset<Row> lowNodes =
        records
            .filter(low.apply(col(Columns.SOURCE_RELIABILITY), col(Columns.INFORMATION_CREDIBILITY)))
            .select(Columns.SOURCE, Columns.RECORD_ID)
            .join(views.select(ViewRows.NODE, ViewRows.SOURCE, ViewRows.RECORD_ID), new String[] {Columns.SOURCE, Columns.RECORD_ID})
            .select(col(ViewRows.NODE).as("_low_node"));
    Dataset<Row> marked =
        scored
            .join(broadcast(lowNodes.withColumnRenamed("_low_node", "_low_l")), col(PairRows.NODE_L).equalTo(col("_low_l")), "left")
            .join(broadcast(lowNodes.withColumnRenamed("_low_node", "_low_r")), col(PairRows.NODE_R).equalTo(col("_low_r")), "left")
            .withColumn(UNCORROBORATED, col("_low_l").isNotNull().and(col("_low_r").isNotNull()))
            .drop("_low_l", "_low_r");
    if (policy.uncorroborated() == GradingPolicy.Action.REVIEW) {
      marked =
          marked.withColumn(
              ScorePairs.DECISION,
              when(col(UNCORROBORATED).and(col(ScorePairs.DECISION).equalTo("LINK")), lit("REVIEW")).otherwise(col(ScorePairs.DECISION)));
    }
    return marked.withColumn(JUDGEMENT, lit(null).cast(DataTypes.StringType)).select(columns());
  }

  private static org.apache.spark.sql.Column[] columns() {
    return java.util.Arrays.stream(SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  /** Judgements resolved to nodes, and the ones naming records this run does not hold. */
  record Resolved(List<Row> same, Set<String> differentPairs, List<Judgement> unknown) {}

  /**
   * Finds the judged records among the views. Only the views of judged records are brought to the
   * driver: as many as the judgements file names, whatever the size of the input.
   */
  static Resolved resolve(SparkSession spark, Dataset<Row> views, List<Judgement> judgements, RuleSet rules, MatchScorer scorer) {
    if (judgements.isEmpty()) {
      return new Resolved(List.of(), Set.of(), List.of());
    }
    Set<String> keys = new HashSet<>();
    judgements.forEach(j -> {
      keys.add(j.left());
      keys.add(j.right());
    });
    Map<String, Row> byKey = new HashMap<>();
    for (Row v :
        views.filter(concat_ws(":", col(ViewRows.SOURCE), col(ViewRows.RECORD_ID)).isin(keys.toArray()))
            .select(ViewRows.NODE, ViewRows.SOURCE, ViewRows.RECORD_ID, ViewRows.VIEW)
            .collectAsList()) {
      byKey.put(v.getString(1) + ":" + v.getString(2), v);
    }
    PairComparer comparer = new PairComparer(rules);
    List<Row> same = new ArrayList<>();
    Set<String> different = new HashSet<>();
    List<Judgement> unknown = new ArrayList<>();
    for (Judgement j : judgements) {
      Row a = byKey.get(j.left());
      Row b = byKey.get(j.right());
      if (a == null || b == null) {
        unknown.add(j);
        continue;
      }
      if (a.getLong(0) > b.getLong(0)) {
        Row t = a;
        a = b;
        b = t;
      }
      if (j.verdict() == Judgement.Verdict.DIFFERENT) {
        different.add(RefineComponent.pairKey(a.getLong(0), b.getLong(0)));
        continue;
      }
      MatchView va = MatchViewCodec.decode((byte[]) a.get(3));
      MatchView vb = MatchViewCodec.decode((byte[]) b.get(3));
      var vector = comparer.compare(va, vb);
      PairScore s = scorer.score(vector);
      Row pair = PairRows.of(a, b, List.of(JUDGEMENT_RULE), vector);
      Object[] values = new Object[SCHEMA.size()];
      for (int i = 0; i < pair.length(); i++) {
        values[i] = pair.get(i);
      }
      int k = pair.length();
      values[k] = s.matchWeight();
      values[k + 1] = s.probability();
      values[k + 2] = PairRows.seq(s.partialWeights().toArray());
      values[k + 3] = PairRows.seq(s.notes().toArray());
      values[k + 4] = "LINK";
      values[k + 5] = false;
      values[k + 6] = "SAME by " + j.author() + " at " + j.at() + ": " + j.reason();
      same.add(RowFactory.create(values));
    }
    return new Resolved(same, different, unknown);
  }

  /** Scored pairs with the judged SAME pairs in place of any scored row for the same two records. */
  static Dataset<Row> withJudgedLinks(SparkSession spark, Dataset<Row> scored, List<Row> same) {
    if (same.isEmpty()) {
      return scored;
    }
    Dataset<Row> judged = spark.createDataFrame(same, SCHEMA);
    Dataset<Row> keys = judged.select(PairRows.NODE_L, PairRows.NODE_R);
    return scored.join(keys, new String[] {PairRows.NODE_L, PairRows.NODE_R}, "left_anti").select(columns()).union(judged);
  }
}
