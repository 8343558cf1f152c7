package org.openresolve.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeGenerationTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start(CodeGenerationTest.class.getSimpleName(), "local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aSmallRunIsInterpretedAndALargeOneCompiled() {
    CodeGeneration.fitTo(spark, true);
    assertThat(spark.conf().get(CodeGeneration.WHOLE_STAGE)).isEqualTo("false");
    assertThat(spark.conf().get(CodeGeneration.FACTORY_MODE)).isEqualTo("NO_CODEGEN");

    CodeGeneration.fitTo(spark, false);
    assertThat(spark.conf().get(CodeGeneration.WHOLE_STAGE)).isEqualTo("true");
    assertThat(spark.conf().get(CodeGeneration.FACTORY_MODE)).isEqualTo("FALLBACK");
  }

  @Test
  void anInterpretedQueryGivesTheSameRowsAsACompiledOne() {
    CodeGeneration.fitTo(spark, true);
    List<String> interpreted = query();
    CodeGeneration.fitTo(spark, false);
    assertThat(query()).isEqualTo(interpreted).hasSize(3);
  }

  @Test
  void anInterpretedPlanHasNoGeneratedStage() {
    CodeGeneration.fitTo(spark, true);
    // A stage compiled to code is marked *(n) in the plan.
    assertThat(plan()).doesNotContain("*(");
    CodeGeneration.fitTo(spark, false);
    assertThat(plan()).contains("*(");
  }

  private static Dataset<String> counted() {
    return spark
        .createDataset(List.of("b", "a", "c", "a"), Encoders.STRING())
        .groupBy("value")
        .count()
        .orderBy("value")
        .selectExpr("concat(value, ':', count) AS v")
        .as(Encoders.STRING());
  }

  private static List<String> query() {
    return counted().collectAsList();
  }

  private static String plan() {
    Dataset<String> d = counted();
    d.collectAsList();
    return d.queryExecution().executedPlan().treeString();
  }
}
