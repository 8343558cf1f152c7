package org.openresolve.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's temporary files of a local run: in a directory of the run's own, encrypted, and gone when
 * it ends.
 */
class SparkScratchTest {
  private static final String VALUE = "Quartermaine";

  @Test
  void aLocalSessionShufflesEncryptedInADirectoryOfItsOwnAndRemovesItWhenItStops()
      throws IOException {
    SparkSession spark = SparkSessions.start(SparkScratchTest.class.getSimpleName(), "local[1]");
    Path local;
    try {
      local = Path.of(spark.sparkContext().getConf().get(SparkSessions.LOCAL_DIR));
      assertThat(SparkScratch.isOurs(local)).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(local)))
          .isEqualTo("rwx------");
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        rows.add(RowFactory.create("R" + i, "Ann " + VALUE + " " + i));
      }
      StructType schema =
          new StructType().add("record_id", DataTypes.StringType).add("name", DataTypes.StringType);
      spark.createDataFrame(rows, schema).repartition(3).groupBy("name").count().collectAsList();

      List<Path> shuffle =
          files(local).stream().filter(f -> f.getFileName().toString().endsWith(".data")).toList();
      assertThat(shuffle).isNotEmpty();
      for (Path f : files(local)) {
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(VALUE);
      }
    } finally {
      SparkSessions.stop(spark);
    }
    assertThat(local).doesNotExist();
  }

  @Test
  void removesTheDirectoriesOfRunsThatEndedAndNothingElse(@TempDir Path tmp)
      throws IOException, InterruptedException {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path killed = scratch(tmp, ended.pid() + "-a", true);
    Path running = scratch(tmp, ProcessHandle.current().pid() + "-b", true);
    Path unmarked = scratch(tmp, ended.pid() + "-c", false);

    Path created = SparkScratch.create(tmp);

    assertThat(killed).doesNotExist();
    assertThat(running.resolve("blockmgr-1").resolve("shuffle_0_0_0.data")).exists();
    assertThat(unmarked.resolve("blockmgr-1").resolve("shuffle_0_0_0.data")).exists();
    assertThat(SparkScratch.isOurs(created)).isTrue();
    SparkScratch.delete(created);
    assertThat(created).doesNotExist();
  }

  private static Path scratch(Path tmp, String suffix, boolean marked) throws IOException {
    Path d =
        Files.createDirectories(tmp.resolve(SparkScratch.PREFIX + suffix).resolve("blockmgr-1"));
    Files.writeString(d.resolve("shuffle_0_0_0.data"), VALUE);
    if (marked) {
      Files.writeString(d.getParent().resolve(SparkScratch.MARKER), "");
    }
    return d.getParent();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
