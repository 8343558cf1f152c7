package org.openresolve.spark.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.lineage.IdCarryOver;
import org.openresolve.spark.testing.LocalSpark;

class LineageJobTest {
  private static final StructType MEMBERSHIP =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("record_id", DataTypes.StringType)
          .add("entity_id", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(LineageJobTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void entityIdsSurviveAReRunWithOneNewRecord(@TempDir Path dir) {
    Path previous = dir.resolve("previous");
    // The earlier run's ids, one of them carried over from a run before it.
    spark
        .createDataFrame(
            List.of(
                RowFactory.create("crim", "B", "E-older"),
                RowFactory.create("crim", "C", "E-older"),
                RowFactory.create("crim", "D", IdCarryOver.derive("crim:D"))),
            MEMBERSHIP)
        .write()
        .parquet(previous.resolve("membership").toString());
    // The new record crim:A joins B and C and, being the smallest key, changes their derived id.
    String abc = IdCarryOver.derive("crim:A");
    String d = IdCarryOver.derive("crim:D");
    Dataset<Row> membership =
        spark.createDataFrame(
            List.of(
                RowFactory.create("crim", "A", abc),
                RowFactory.create("crim", "B", abc),
                RowFactory.create("crim", "C", abc),
                RowFactory.create("crim", "D", d)),
            MEMBERSHIP);

    Dataset<Row> carried = LineageJob.carryOver(spark, membership, previous, dir);

    Map<String, String> ids = new TreeMap<>();
    carried.collectAsList().forEach(r -> ids.put(r.getString(1), r.getString(2)));
    assertThat(ids)
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("A", "E-older", "B", "E-older", "C", "E-older", "D", d)));
    assertThat(spark.read().parquet(dir.resolve("lineage").toString()).collectAsList())
        .extracting(Row::toString)
        .containsExactlyInAnyOrder("[E-older,E-older,KEPT,2]", "[" + d + "," + d + ",KEPT,1]");
  }
}
