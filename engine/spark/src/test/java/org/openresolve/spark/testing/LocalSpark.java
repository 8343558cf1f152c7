package org.openresolve.spark.testing;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session a Spark test class starts in {@code @BeforeAll} and stops in {@code
 * AfterAll}: two threads because the build machines have two cores, no UI, and loopback only so
 * that tests neither open public ports nor depend on the machine's host name resolving.
 */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession start(Class<?> testClass) {
    requireNonNull(testClass, "testClass is null");
    return SparkSession.builder()
        .appName(testClass.getSimpleName())
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
