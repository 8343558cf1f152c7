package org.openresolve.spark.evaluate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.OverlapSums;
import org.openresolve.core.evaluate.RecallLoss;
import org.openresolve.spark.resolve.ResolveTables;

/**
 * Scores a run's membership against a ground-truth file ({@code source,record_id,entity}). The
 * contingency table between predicted and true entities is built and summed on Spark; only the sums
 * come back.
 */
public final class EvaluateJob {
  private final SparkSession spark;

  public EvaluateJob(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
  }

  /**
   * Sums over records present in both, how many records only one side has, and where the run lost
   * true pairs (null when only a membership table was scored).
   */
  public record Result(
      OverlapSums sums, long onlyInOutput, long onlyInTruth, RecallLoss recallLoss) {
    public Result withRecallLoss(RecallLoss loss) {
      return new Result(sums, onlyInOutput, onlyInTruth, loss);
    }
  }

  /**
   * Scores a run's output directory: its membership, and where it lost true pairs when it holds a
   * resolve run's tables and rule file ({@link RecallLossJob#canRun}).
   */
  public Result run(Path out, Path truth) {
    Result r = run(out.resolve(ResolveTables.MEMBERSHIP).toString(), truth.toString());
    return RecallLossJob.canRun(out)
        ? r.withRecallLoss(new RecallLossJob(spark).run(out, truth.toString()))
        : r;
  }

  /** Scores a membership table alone. */
  public Result run(String membershipPath, String truthPath) {
    Dataset<Row> membership =
        spark.read().parquet(membershipPath).select("source", "record_id", "entity_id");
    Dataset<Row> truth =
        spark
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .csv(truthPath)
            .select("source", "record_id", "entity");
    Dataset<Row> both = membership.join(truth, new String[] {"source", "record_id"}).cache();
    long inBoth = both.count();
    long onlyInOutput = membership.count() - inBoth;
    long onlyInTruth = truth.count() - inBoth;
    Dataset<Row> predictedSize = both.groupBy("entity_id").agg(count(lit(1)).as("ni"));
    Dataset<Row> trueSize = both.groupBy("entity").agg(count(lit(1)).as("nj"));
    Dataset<Row> cells =
        both.groupBy("entity_id", "entity")
            .agg(count(lit(1)).as("nij"))
            .join(predictedSize, "entity_id")
            .join(trueSize, "entity");
    Row s =
        cells
            .agg(
                sum("nij"),
                sum(col("nij").multiply(col("nij").minus(1)).divide(2)),
                sum(col("nij").multiply(col("nij")).divide(col("ni"))),
                sum(col("nij").multiply(col("nij")).divide(col("nj"))))
            .first();
    long predictedPairs = pairs(predictedSize, "ni");
    long truePairs = pairs(trueSize, "nj");
    both.unpersist();
    OverlapSums sums =
        new OverlapSums(
            s.isNullAt(0) ? 0 : s.getLong(0),
            s.isNullAt(1) ? 0 : Math.round(s.getDouble(1)),
            predictedPairs,
            truePairs,
            s.isNullAt(2) ? 0 : s.getDouble(2),
            s.isNullAt(3) ? 0 : s.getDouble(3));
    return new Result(sums, onlyInOutput, onlyInTruth, null);
  }

  private static long pairs(Dataset<Row> sizes, String column) {
    Row r = sizes.agg(sum(col(column).multiply(col(column).minus(1)).divide(2))).first();
    return r.isNullAt(0) ? 0 : Math.round(r.getDouble(0));
  }
}
