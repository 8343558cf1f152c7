package org.openresolve.spark.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.evaluate.ClusterEvaluation;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.spark.testing.LocalSpark;

class EvaluateJobTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(EvaluateJobTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void scoresAMembershipTableAsTheInMemoryEvaluationDoes() throws IOException {
    StructType schema =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("record_id", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType);
    // truth {a1,a2,b1} {b2} {b3}; predicted {a1,a2} {b1,b2} {b3}; c9 only in the output
    List<Row> rows =
        List.of(
            RowFactory.create("a", "1", "E1"),
            RowFactory.create("a", "2", "E1"),
            RowFactory.create("b", "1", "E2"),
            RowFactory.create("b", "2", "E2"),
            RowFactory.create("b", "3", "E3"),
            RowFactory.create("c", "9", "E9"));
    Path membership = dir.resolve("membership");
    spark.createDataFrame(rows, schema).write().parquet(membership.toString());
    Path truth = dir.resolve("truth.csv");
    Files.writeString(truth, "source,record_id,entity\na,1,x\na,2,x\nb,1,x\nb,2,y\nb,3,z\n");

    EvaluateJob.Result r = new EvaluateJob(spark).run(membership.toString(), truth.toString());
    EvaluationScores s = r.sums().scores();

    EvaluationScores expected =
        ClusterEvaluation.score(
            java.util.Map.of("a:1", "E1", "a:2", "E1", "b:1", "E2", "b:2", "E2", "b:3", "E3"),
            java.util.Map.of("a:1", "x", "a:2", "x", "b:1", "x", "b:2", "y", "b:3", "z"));
    assertThat(r.onlyInOutput()).isEqualTo(1);
    assertThat(r.onlyInTruth()).isZero();
    assertThat(s.records()).isEqualTo(5);
    assertThat(s.truePairs()).isEqualTo(3);
    assertThat(s.predictedPairs()).isEqualTo(2);
    assertThat(s.correctPairs()).isEqualTo(1);
    assertThat(s.pairwise().f1()).isCloseTo(expected.pairwise().f1(), within(1e-12));
    assertThat(s.bcubed().precision()).isCloseTo(expected.bcubed().precision(), within(1e-12));
    assertThat(s.bcubed().recall()).isCloseTo(expected.bcubed().recall(), within(1e-12));
  }
}
