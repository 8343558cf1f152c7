package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.pipeline.Judgements;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.pipeline.PairDecision;

/**
 * The decided pairs with what bears on them besides the score, as rows: whether both records are
 * graded low (decided by {@link PairDecider}) and the analysts' SAME judgements ({@link
 * Judgements}), which replace any scored row for the same two records.
 */
final class LinkPolicies {
  static final String UNCORROBORATED = ScorePairs.UNCORROBORATED;
  static final String JUDGEMENT = "judgement";
  static final String REFUSAL = "refusal";

  /** Scored pairs with the two policy columns. */
  static final StructType SCHEMA =
      ScorePairs.SCHEMA
          .add(UNCORROBORATED, DataTypes.BooleanType, false)
          .add(JUDGEMENT, DataTypes.StringType, true);

  private LinkPolicies() {}

  /** A row of {@link #SCHEMA}: a described pair ({@link PairRows}) with its score and policies. */
  static Row row(
      Row pair,
      org.openresolve.core.scoring.PairScore s,
      String decision,
      boolean uncorroborated,
      String judgement) {
    Object[] values = new Object[SCHEMA.size()];
    for (int i = 0; i < pair.length(); i++) {
      values[i] = pair.get(i);
    }
    int k = pair.length();
    values[k] = s.matchWeight();
    values[k + 1] = s.probability();
    values[k + 2] = PairRows.seq(s.partialWeights().toArray());
    values[k + 3] = PairRows.seq(s.notes().toArray());
    values[k + 4] = decision;
    values[k + 5] = uncorroborated;
    values[k + 6] = judgement;
    return RowFactory.create(values);
  }

  /** Judgements resolved to nodes, with the SAME links as rows of {@link #SCHEMA}. */
  record Resolved(Judgements.Resolved judged, List<Row> same) {}

  /**
   * Finds the judged records among the views. Only the views of judged records are brought to the
   * driver: as many as the judgements file names, whatever the size of the input.
   */
  static Resolved resolve(
      Dataset<Row> views, Judgements judgements, PairComparer comparer, PairDecider decider) {
    if (judgements.isEmpty()) {
      return new Resolved(Judgements.Resolved.NONE, List.of());
    }
    Map<String, Judgements.JudgedRecord> byKey = new HashMap<>();
    Map<String, Row> rowOf = new HashMap<>();
    for (Row v :
        views
            .filter(
                concat_ws(":", col(ViewRows.SOURCE), col(ViewRows.RECORD_ID))
                    .isin(judgements.keys().toArray()))
            .select(ViewRows.NODE, ViewRows.SOURCE, ViewRows.RECORD_ID, ViewRows.VIEW)
            .collectAsList()) {
      Judgements.JudgedRecord r =
          new Judgements.JudgedRecord(
              v.getAs(ViewRows.NODE), MatchViewCodec.decode(v.getAs(ViewRows.VIEW)));
      byKey.put(r.view().key(), r);
      rowOf.put(r.view().key(), v);
    }
    Judgements.Resolved judged = judgements.resolve(byKey, comparer, decider.scorer());
    List<Row> same = new ArrayList<>();
    for (Judgements.JudgedLink j : judged.same()) {
      Row pair =
          PairRows.of(
              rowOf.get(j.left().view().key()),
              rowOf.get(j.right().view().key()),
              List.of(Judgements.JUDGEMENT_RULE),
              j.vector());
      same.add(
          row(
              pair,
              j.score(),
              PairDecision.LINK.name(),
              j.decision().uncorroborated(),
              Judgements.describe(j.judgement())));
    }
    return new Resolved(judged, same);
  }

  /**
   * Scored pairs with the judged SAME pairs in place of any scored row for the same two records.
   */
  static Dataset<Row> withJudgedLinks(SparkSession spark, Dataset<Row> scored, List<Row> same) {
    if (same.isEmpty()) {
      return scored;
    }
    Dataset<Row> judged = spark.createDataFrame(same, SCHEMA);
    Dataset<Row> keys = judged.select(PairRows.NODE_L, PairRows.NODE_R);
    return scored
        .join(keys, new String[] {PairRows.NODE_L, PairRows.NODE_R}, "left_anti")
        .select(columns())
        .union(judged);
  }

  private static org.apache.spark.sql.Column[] columns() {
    return java.util.Arrays.stream(SCHEMA.fieldNames())
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
