package org.openresolve.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShuffleSizingTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start(ShuffleSizingTest.class.getSimpleName(), "local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aSampleGetsOnePartitionPerCore() {
    assertThat(ShuffleSizing.partitionsFor(147, 2)).isEqualTo(2);
    assertThat(ShuffleSizing.partitionsFor(10_000, 2)).isEqualTo(2);
    assertThat(ShuffleSizing.partitionsFor(0, 4)).isEqualTo(4);
  }

  @Test
  void partitionsGrowWithTheRecordsUpToFourPerCore() {
    assertThat(ShuffleSizing.partitionsFor(100_000, 2)).isEqualTo(4);
    assertThat(ShuffleSizing.partitionsFor(100_001, 2)).isEqualTo(5);
    assertThat(ShuffleSizing.partitionsFor(300_000, 2)).isEqualTo(8);
    assertThat(ShuffleSizing.partitionsFor(5_000_000, 16)).isEqualTo(64);
  }

  @Test
  void oneCoreStillGetsUpToEightPartitions() {
    assertThat(ShuffleSizing.partitionsFor(1_000_000, 1)).isEqualTo(8);
  }

  @Test
  void aLocalSessionTurnsAdaptiveExecutionOffForASampleAndOnForALargeInput() {
    ShuffleSizing.fitTo(spark, 10_000);
    assertThat(spark.conf().get(ShuffleSizing.SHUFFLE_PARTITIONS)).isEqualTo("2");
    assertThat(spark.conf().get(ShuffleSizing.ADAPTIVE)).isEqualTo("false");

    ShuffleSizing.fitTo(spark, 1_000_000);
    assertThat(spark.conf().get(ShuffleSizing.SHUFFLE_PARTITIONS)).isEqualTo("8");
    assertThat(spark.conf().get(ShuffleSizing.ADAPTIVE)).isEqualTo("true");
  }
}
