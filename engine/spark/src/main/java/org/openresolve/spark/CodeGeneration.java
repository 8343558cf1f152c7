package org.openresolve.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Whether an embedded local Spark compiles its queries to Java code or evaluates them as planned.
 * Code generation pays for its compiling (Janino, then the JIT compiling Janino and the code it
 * generated) only over many rows. A run small enough to be matched in memory writes a few thousand
 * rows per table: there the compiling was about a sixth of the process's CPU, so such a run's
 * queries are interpreted, and every other run keeps Spark's code generation. On a cluster the
 * submitter's settings stand, and so does either setting given as a {@code -D} system property.
 */
public final class CodeGeneration {
  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";

  /**
   * Spark's choice between generated and interpreted expressions: {@code FALLBACK} (its default)
   * generates code and interprets only what fails to compile, {@code NO_CODEGEN} always interprets.
   */
  static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  private CodeGeneration() {}

  /**
   * @param small whether the input is small: read on the driver, or matched in memory
   */
  public static void fitTo(SparkSession spark, boolean small) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    set(spark, WHOLE_STAGE, String.valueOf(!small));
    set(spark, FACTORY_MODE, small ? "NO_CODEGEN" : "FALLBACK");
  }

  private static void set(SparkSession spark, String key, String value) {
    if (System.getProperty(key) == null) {
      spark.conf().set(key, value);
    }
  }
}
