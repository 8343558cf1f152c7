package org.openresolve.spark.evaluate;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.ClusterOverlap;
import org.openresolve.core.evaluate.InMemoryEvaluation;
import org.openresolve.core.evaluate.OverlapSums;
import org.openresolve.core.evaluate.RecallLoss;
import org.openresolve.core.pipeline.NodePair;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.rules.RuleSet;
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

  /**
   * Scores a run matched in memory, on the driver, from what it holds (the records with their
   * entities and prepared forms, the decided pairs, the oversize keys): the same result as {@link
   * #run(Path, Path)} on its written tables, without a Spark job.
   *
   * @param oversize every key of a block over its limit in the run, refined or skipped
   */
  public static Result inMemory(
      List<InMemoryEvaluation.RunRecord> run,
      Map<NodePair, PairDecision> decisions,
      RuleSet rules,
      Set<String> oversize,
      Path truth) {
    InMemoryEvaluation.Result r =
        InMemoryEvaluation.score(run, TruthFile.read(truth), decisions, rules, oversize);
    return new Result(r.sums(), r.onlyInOutput(), r.onlyInTruth(), r.recallLoss());
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
            .join(trueSize, "entity")
            .select("nij", "ni", "nj");
    // Each task adds its cells as the in-memory evaluation adds all of them (OverlapSums#plus);
    // only one sum per task comes back.
    OverlapSums sums = OverlapSums.EMPTY;
    for (OverlapSums part : cells.javaRDD().mapPartitions(new SumCells()).collect()) {
      sums = sums.plus(part);
    }
    sums = sums.withClusterPairs(pairs(predictedSize, "ni"), pairs(trueSize, "nj"));
    both.unpersist();
    return new Result(sums, onlyInOutput, onlyInTruth, null);
  }

  private static long pairs(Dataset<Row> sizes, String column) {
    long pairs = 0;
    for (Long part : sizes.select(column).javaRDD().mapPartitions(new SumPairs()).collect()) {
      pairs += part;
    }
    return pairs;
  }

  /** One task's cells of the contingency table (n_ij, n_i, n_j), summed. */
  private static final class SumCells implements FlatMapFunction<Iterator<Row>, OverlapSums> {
    @Override
    public Iterator<OverlapSums> call(Iterator<Row> cells) {
      OverlapSums sums = OverlapSums.EMPTY;
      while (cells.hasNext()) {
        Row c = cells.next();
        sums = sums.plus(new ClusterOverlap(c.getLong(0), c.getLong(1), c.getLong(2)));
      }
      return List.of(sums).iterator();
    }
  }

  /** The pairs within one task's clusters, from their sizes. */
  private static final class SumPairs implements FlatMapFunction<Iterator<Row>, Long> {
    @Override
    public Iterator<Long> call(Iterator<Row> sizes) {
      long pairs = 0;
      while (sizes.hasNext()) {
        pairs += OverlapSums.pairs(sizes.next().getLong(0));
      }
      return List.of(pairs).iterator();
    }
  }
}
