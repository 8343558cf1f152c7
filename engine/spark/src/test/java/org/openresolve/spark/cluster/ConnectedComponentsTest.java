package org.openresolve.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.openresolve.spark.testing.LocalSpark;

class ConnectedComponentsTest {
  private static SparkSession spark;
  private static final StructType EDGES =
      new StructType().add("src", DataTypes.LongType, false).add("dst", DataTypes.LongType, false);

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(ConnectedComponentsTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Map<Long, Long> components(List<long[]> edges, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (long[] e : edges) {
      rows.add(RowFactory.create(e[0], e[1]));
    }
    Dataset<Row> df = spark.createDataFrame(rows, EDGES).repartition(partitions);
    Map<Long, Long> out = new TreeMap<>();
    for (Row r : ConnectedComponents.of(df).components().collectAsList()) {
      out.put(r.getLong(0), r.getLong(1));
    }
    return out;
  }

  @Test
  void labelsEachComponentByItsSmallestNode() {
    var c = components(List.of(new long[] {5, 3}, new long[] {3, 9}, new long[] {7, 8}), 2);

    assertThat(c)
        .containsExactlyEntriesOf(new TreeMap<>(Map.of(3L, 3L, 5L, 3L, 9L, 3L, 7L, 7L, 8L, 7L)));
  }

  @Test
  void convergesOnALongChainInFewRounds() {
    List<long[]> chain = new ArrayList<>();
    for (long i = 0; i < 1000; i++) {
      chain.add(new long[] {i + 1, i}); // 1000 links in one line
    }
    List<Row> rows = new ArrayList<>();
    chain.forEach(e -> rows.add(RowFactory.create(e[0], e[1])));

    var result = ConnectedComponents.of(spark.createDataFrame(rows, EDGES));

    assertThat(result.components().count()).isEqualTo(1001);
    assertThat(result.components().filter("component <> 0").count()).isZero();
    assertThat(result.rounds()).isLessThanOrEqualTo(25);
  }

  @Test
  void givesTheSameComponentsWhateverThePartitioning() {
    List<long[]> edges =
        List.of(
            new long[] {10, 2},
            new long[] {2, 30},
            new long[] {30, 4},
            new long[] {50, 60},
            new long[] {60, 4});

    assertThat(components(edges, 1)).isEqualTo(components(edges, 4));
  }
}
