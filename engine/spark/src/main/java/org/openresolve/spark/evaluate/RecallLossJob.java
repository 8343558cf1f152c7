package org.openresolve.spark.evaluate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.evaluate.RecallLoss;
import org.openresolve.core.evaluate.TruePairFate;
import org.openresolve.core.evaluate.TruePairFates;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PairReach;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.spark.explain.Explainer;
import org.openresolve.spark.resolve.ResolveJob;
import org.openresolve.spark.resolve.ResolveTables;

/**
 * Where a run lost the pairs a truth file puts in one entity ({@link RecallLoss}). Spark only
 * joins: the true pairs among the run's records, both records prepared with the run's own rule
 * file, their predicted entities and the table that holds the pair ({@code merges/}, {@code
 * review/}, {@code refused/}); each pair's fate is the core's ({@link PairReach}, {@link
 * TruePairFate}), from its keys and the run's {@code oversize_blocks/}. Only counts by fate and
 * rule masks come back.
 */
public final class RecallLossJob {
  private static final StructType FATE =
      new StructType()
          .add("fate", DataTypes.StringType, false)
          .add("shared", DataTypes.LongType, false)
          .add("paired", DataTypes.LongType, false)
          .add("skipped", DataTypes.BooleanType, false);

  private final SparkSession spark;

  public RecallLossJob(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
  }

  /**
   * Whether {@code out} holds what the breakdown needs: a resolve run's records, tables and rule
   * file.
   */
  public static boolean canRun(Path out) {
    for (String needed :
        new String[] {
          "records",
          ResolveTables.MEMBERSHIP,
          ResolveTables.MERGES,
          ResolveTables.REVIEW,
          Explainer.RULE_FILE
        }) {
      if (!Files.exists(out.resolve(needed))) {
        return false;
      }
    }
    return true;
  }

  public RecallLoss run(Path out, String truthPath) {
    RuleSet rules = RuleSet.load(out.resolve(Explainer.RULE_FILE));
    Set<String> oversize = new HashSet<>();
    if (Files.isDirectory(out.resolve(ResolveTables.OVERSIZE_BLOCKS))) {
      for (Row r : read(out, ResolveTables.OVERSIZE_BLOCKS).select("block_key").collectAsList()) {
        oversize.add(r.getString(0));
      }
    }
    Dataset<Row> membership =
        read(out, ResolveTables.MEMBERSHIP).select("source", "record_id", "entity_id");
    Dataset<Row> truth =
        spark
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .csv(truthPath)
            .select("source", "record_id", "entity")
            .join(membership, new String[] {"source", "record_id"});
    Dataset<Row> left = side(truth, "l");
    Dataset<Row> right = side(truth, "r");
    Dataset<Row> pairs =
        left.join(
                right,
                col("entity_l")
                    .equalTo(col("entity_r"))
                    .and(
                        col("source_l")
                            .lt(col("source_r"))
                            .or(
                                col("source_l")
                                    .equalTo(col("source_r"))
                                    .and(col("record_id_l").lt(col("record_id_r"))))))
            .drop("entity_l", "entity_r");
    Dataset<Row> prepared = ResolveJob.preparedRecords(read(out, "records"), rules);
    Dataset<Row> withRecords =
        pairs
            .join(prepared(prepared, "l"), new String[] {"source_l", "record_id_l"})
            .join(prepared(prepared, "r"), new String[] {"source_r", "record_id_r"})
            .join(
                decisions(out),
                new String[] {"source_l", "record_id_l", "source_r", "record_id_r"},
                "left");
    RecallLoss loss =
        new RecallLoss(rules.blocking().rules().stream().map(BlockingRuleSpec::id).toList());
    for (Row r :
        withRecords
            .mapPartitions(new Fates(rules, oversize), Encoders.row(FATE))
            .groupBy("fate", "shared", "paired", "skipped")
            .count()
            .collectAsList()) {
      loss.add(
          TruePairFate.valueOf(r.getString(0)),
          r.getLong(1),
          r.getLong(2),
          r.getBoolean(3),
          r.getLong(4));
    }
    return loss;
  }

  private Dataset<Row> read(Path out, String table) {
    return spark.read().parquet(out.resolve(table).toString());
  }

  private static Dataset<Row> side(Dataset<Row> truth, String s) {
    return truth.select(
        col("source").as("source_" + s),
        col("record_id").as("record_id_" + s),
        col("entity").as("entity_" + s),
        col("entity_id").as("predicted_" + s));
  }

  private static Dataset<Row> prepared(Dataset<Row> prepared, String s) {
    return prepared.select(
        col("source").as("source_" + s),
        col("record_id").as("record_id_" + s),
        struct(col("*")).as("prepared_" + s));
  }

  /** Every pair the run's tables hold, each way round, with its decision. */
  private Dataset<Row> decisions(Path out) {
    Dataset<Row> all = null;
    String[][] tables = {
      {ResolveTables.MERGES, PairDecision.LINK.name()},
      {ResolveTables.REVIEW, PairDecision.REVIEW.name()},
      {ResolveTables.REFUSED, PairDecision.REFUSED.name()}
    };
    for (String[] t : tables) {
      if (!Files.isDirectory(out.resolve(t[0]))) {
        continue;
      }
      Dataset<Row> table = read(out, t[0]);
      Dataset<Row> forward =
          table.select(
              col("source_l"),
              col("record_id_l"),
              col("source_r"),
              col("record_id_r"),
              lit(t[1]).as("decision"));
      Dataset<Row> backward =
          table.select(
              col("source_r").as("source_l"),
              col("record_id_r").as("record_id_l"),
              col("source_l").as("source_r"),
              col("record_id_l").as("record_id_r"),
              lit(t[1]).as("decision"));
      Dataset<Row> both = forward.union(backward);
      all = all == null ? both : all.union(both);
    }
    return all.dropDuplicates("source_l", "record_id_l", "source_r", "record_id_r");
  }

  /** Each joined pair's fate, by the core. */
  private static final class Fates implements MapPartitionsFunction<Row, Row> {
    private final RuleSet rules;
    private final Set<String> oversize;

    Fates(RuleSet rules, Set<String> oversize) {
      this.rules = rules;
      this.oversize = Set.copyOf(oversize);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      TruePairFates fates = new TruePairFates(rules, oversize);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String decided = r.getString(r.fieldIndex("decision"));
          TruePairFates.Fated f =
              fates.of(
                  ResolveJob.prepared(r.getStruct(r.fieldIndex("prepared_l"))),
                  ResolveJob.prepared(r.getStruct(r.fieldIndex("prepared_r"))),
                  r.getString(r.fieldIndex("predicted_l"))
                      .equals(r.getString(r.fieldIndex("predicted_r"))),
                  decided == null ? PairDecision.NONE : PairDecision.valueOf(decided));
          return RowFactory.create(
              f.fate().name(),
              f.reach().sharedRules(),
              f.reach().pairedRules(),
              f.reach().skipped());
        }
      };
    }
  }
}
