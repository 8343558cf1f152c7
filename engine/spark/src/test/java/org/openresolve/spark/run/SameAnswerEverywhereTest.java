package org.openresolve.spark.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.pipeline.BlockStats;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.resolve.EntityTables;
import org.openresolve.spark.resolve.ResolveResult;
import org.openresolve.spark.resolve.ResolveTables;
import org.openresolve.spark.testing.LocalSpark;

/**
 * The same inputs and rules give the same answer however the work is split and whatever order a
 * source folder's files are listed in: the same membership, entities and merges, and a manifest
 * whose counts read the same, in the same order.
 */
class SameAnswerEverywhereTest {
  private static final Path RULES = Path.of("../../rules/default/ruleset.yaml");
  private static final String[][] PEOPLE = {
    {"anna", "petrova"},
    {"ivan", "sokolov"},
    {"maria", "garcia"},
    {"john", "smith"},
    {"jon", "smyth"},
    {"li", "wei"},
    {"ahmed", "hassan"},
    {"olga", "ivanova"},
    {"peter", "novak"},
    {"sara", "cohen"},
    {"david", "miller"},
    {"elena", "popescu"}
  };
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(SameAnswerEverywhereTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /**
   * Three CSV files of criminal records, two rows per person across them, and one web capture each.
   */
  private static List<String> crimFiles() {
    List<StringBuilder> files =
        List.of(
            new StringBuilder(SmallSources.HEADER),
            new StringBuilder(SmallSources.HEADER),
            new StringBuilder(SmallSources.HEADER));
    for (int p = 0; p < PEOPLE.length; p++) {
      String given = PEOPLE[p][0];
      String family = PEOPLE[p][1];
      String dob = (1960 + p) + "-0" + (1 + p % 9) + "-1" + (p % 10);
      String phone = "+44 7700 9001" + String.format("%02d", p);
      files
          .get(p % 3)
          .append(
              "C"
                  + p
                  + "a,MPS,"
                  + family
                  + ","
                  + given
                  + ",,,"
                  + dob
                  + ",,M,GB,,,"
                  + phone
                  + ",,SUSPECT,,,OFFICIAL,\n");
      files
          .get((p + 1) % 3)
          .append(
              "C"
                  + p
                  + "b,GMP,"
                  + family.toUpperCase()
                  + ","
                  + given
                  + ",,,"
                  + dob
                  + ",,M,GB,,,,"
                  + given
                  + "."
                  + family
                  + "@mail.example,WITNESS,,,OFFICIAL,\n");
    }
    return files.stream().map(StringBuilder::toString).toList();
  }

  private static String web() {
    StringBuilder s = new StringBuilder();
    for (int p = 0; p < PEOPLE.length; p++) {
      s.append(
          "{\"capture_id\": \"W"
              + p
              + "\", \"display_name\": \""
              + PEOPLE[p][0]
              + " "
              + PEOPLE[p][1]
              + "\", \"emails\": [\""
              + PEOPLE[p][0]
              + "."
              + PEOPLE[p][1]
              + "@mail.example\"]}\n");
    }
    return s.toString();
  }

  /** The criminal records in a folder of three files, in the given order of file names. */
  private List<SourceInput> inputs(String name, boolean reversed) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    List<String> files = crimFiles();
    for (int i = 0; i < files.size(); i++) {
      Files.writeString(
          folder.resolve("part-" + (reversed ? files.size() - 1 - i : i) + ".csv"), files.get(i));
    }
    Path web = Files.writeString(dir.resolve(name + "-web.jsonl"), web());
    return List.of(
        new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, folder.toString(), null, null),
        new SourceInput("web", SourceKind.OPEN_WEB, web.toString(), null, null));
  }

  private Path resolve(String name, boolean reversed, int partitions) throws IOException {
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    try {
      Path out = dir.resolve(name + "-out");
      // Spark jobs however small the input: the partitions are what this test varies.
      new ResolveAction(
              ResolveOptions.builder(inputs(name, reversed), RULES, RuleSet.load(RULES), out)
                  .matching(ResolveOptions.Matching.SPARK_JOBS)
                  .build())
          .run(spark);
      return out;
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", "2");
    }
  }

  @Test
  void theSameInputsGiveTheSameTablesAndCountsWhateverThePartitionsAndTheOrderOfFiles()
      throws IOException {
    Path one = resolve("one", false, 1);
    Path seven = resolve("seven", true, 7);

    for (String table :
        List.of(ResolveTables.MEMBERSHIP, EntityTables.ENTITIES, ResolveTables.MERGES)) {
      assertThat(rows(seven.resolve(table)))
          .as(table)
          .isEqualTo(rows(one.resolve(table)))
          .isNotEmpty();
    }
    assertThat(counts(seven)).isEqualTo(counts(one));
    assertThat(
            new ObjectMapper()
                .readTree(one.resolve("manifest.json").toFile())
                .path("counts")
                .path("resolve")
                .path("entities")
                .asLong())
        .isLessThan(3L * PEOPLE.length);
  }

  @Test
  void entitySizesAreListedSmallestFirstWhateverMapTheyCameIn() {
    Map<Long, Long> sizes = new HashMap<>();
    for (long size = 40; size >= 1; size--) {
      sizes.put(size * 1_000_003L, size);
    }
    Dataset<Row> none = spark.emptyDataFrame();
    ModelParameters model = new ModelParameters("default", "0".repeat(64), 0.5, List.of());
    ResolveResult result =
        new ResolveResult(
            none,
            none,
            model,
            false,
            new BlockStats(0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), 0),
            0,
            0,
            0,
            0,
            0,
            List.of(),
            0,
            sizes,
            0,
            Map.of(),
            Map.of(),
            new org.openresolve.core.scoring.WeightHistogram());

    assertThat(new ArrayList<>(result.entitySizes().keySet())).isSorted();
  }

  /** Rows as text, sorted, without the run's own id. */
  private static List<String> rows(Path table) {
    Dataset<Row> t = spark.read().parquet(table.toString());
    if (Arrays.asList(t.columns()).contains("run_id")) {
      t = t.drop("run_id");
    }
    return t.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** The manifest's counts as written, order included. */
  private static String counts(Path out) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    return manifest.path("counts").toString();
  }
}
