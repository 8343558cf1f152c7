package org.openresolve.spark.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.WeightHistogram;
import org.openresolve.report.ReportPage;
import org.openresolve.report.RunReport;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.resolve.EntityTables;
import org.openresolve.spark.resolve.ResolveTables;

/**
 * {@code report.html} of a resolve output, from what the output holds: manifest.json (row
 * accounting, blocking, the weight histogram), ruleset.yaml (thresholds), model.json, entities/ and
 * review/, evaluation.json when there is one. Spark reads the tables; only counts and the few rows
 * the page lists reach the driver.
 */
public final class RunReportFile {
  public static final String NAME = "report.html";
  private static final int LARGEST = 20;
  private static final int FLAGGED = 50;
  private static final int REVIEW_TOP = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunReportFile() {}

  /** Writes {@code out/report.html}, replacing one that is there; returns its path. */
  public static Path write(SparkSession spark, Path out) {
    return write(spark, out, out);
  }

  /**
   * Writes {@code out/report.html} of an output being written in {@code out} (a staging directory)
   * that will be read at {@code shown}, the path the report names and its commands use.
   */
  public static Path write(SparkSession spark, Path out, Path shown) {
    Path file = out.resolve(NAME);
    Path partial = out.resolve(NAME + ".partial");
    try {
      Files.writeString(
          partial, ReportPage.render(read(spark, out, shown)), StandardCharsets.UTF_8);
      // Renamed into place: a reader never sees half a page, and a failed rebuild keeps the old
      // one.
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** {@code er report}: the page of a finished resolve output, rebuilt from its files. */
  public static Path rebuild(SparkSession spark, Path out) {
    String why = OutputDirectory.whyIncomplete(out, "resolve");
    if (why != null) {
      throw new UserInputException(out + " " + why);
    }
    return write(spark, out);
  }

  static RunReport read(SparkSession spark, Path out) {
    return read(spark, out, out);
  }

  static RunReport read(SparkSession spark, Path out, Path shown) {
    JsonNode manifest = json(out.resolve("manifest.json"));
    JsonNode resolve = manifest.path("counts").path("resolve");
    RuleSet rules = RuleSet.load(out.resolve("ruleset.yaml"));
    ModelParameters model;
    try {
      model = ModelParameters.fromJson(Files.readString(out.resolve("model.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out.resolve("model.json"), e);
    }
    Dataset<Row> entities = spark.read().parquet(out.resolve(EntityTables.ENTITIES).toString());
    return new RunReport(
        manifest.path("run_id").asText(),
        manifest.path("finished_at").isTextual() ? manifest.path("finished_at").asText() : null,
        shown.toString(),
        new RunReport.Totals(
            resolve.path("records").asLong(),
            resolve.path("candidate_pairs").asLong(),
            resolve.path("links").asLong(),
            resolve.path("review_pairs").asLong(),
            resolve.path("refused_links").asLong(),
            resolve.path("entities").asLong()),
        sources(manifest.path("sources")),
        blocking(resolve.path("blocks").path("by_rule")),
        resolve.path("blocks").path("pairs_skipped_by_condition").asLong(),
        histogram(resolve.path("match_weight_histogram")),
        new RunReport.Thresholds(
            rules.thresholds().matchProbability(), rules.thresholds().reviewProbability()),
        model,
        entitySizes(resolve.path("entities_by_size")),
        overlap(entities),
        entityRows(entities.orderBy(col("member_count").desc(), col("entity_id")).limit(LARGEST)),
        entityRows(
            entities
                .filter(size(col("review_flags")).gt(0))
                .orderBy(col("member_count").desc(), col("entity_id"))
                .limit(FLAGGED)),
        review(spark, out),
        evaluation(out.resolve("evaluation.json")));
  }

  private static List<RunReport.SourceRows> sources(JsonNode sources) {
    List<RunReport.SourceRows> out = new ArrayList<>();
    for (JsonNode s : sources) {
      out.add(
          new RunReport.SourceRows(
              s.path("source").asText(),
              s.path("kind").asText(),
              s.path("rows_read").asLong(),
              s.path("rows_accepted").asLong(),
              s.path("records_accepted").asLong(),
              counts(s.path("rows_quarantined_by_reason")),
              counts(s.path("field_issues_by_reason"))));
    }
    return out;
  }

  private static List<RunReport.BlockingRule> blocking(JsonNode byRule) {
    List<RunReport.BlockingRule> out = new ArrayList<>();
    byRule
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode b = e.getValue();
              out.add(
                  new RunReport.BlockingRule(
                      e.getKey(),
                      b.path("blocks").asLong(),
                      b.path("largest").asLong(),
                      b.path("pairs").asLong(),
                      b.path("oversize_blocks_skipped").asLong(),
                      b.path("max_block_size").asLong()));
            });
    return out;
  }

  /** Null for an output written before runs recorded their weights. */
  private static WeightHistogram histogram(JsonNode node) {
    if (!node.has("bins")) {
      return null;
    }
    Map<Integer, Long> bins = new HashMap<>();
    node.path("bins")
        .fields()
        .forEachRemaining(e -> bins.put(Integer.valueOf(e.getKey()), e.getValue().asLong()));
    return WeightHistogram.of(bins);
  }

  private static Map<Long, Long> entitySizes(JsonNode bySize) {
    Map<Long, Long> out = new HashMap<>();
    bySize.fields().forEachRemaining(e -> out.put(Long.valueOf(e.getKey()), e.getValue().asLong()));
    return out;
  }

  private static Map<String, Long> counts(JsonNode node) {
    Map<String, Long> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  /** Entities per combination of sources: a few rows, however many entities. */
  private static Map<List<String>, Long> overlap(Dataset<Row> entities) {
    Map<List<String>, Long> out = new HashMap<>();
    for (Row r : entities.groupBy("sources").count().collectAsList()) {
      out.merge(List.copyOf(r.<String>getList(0)), r.getLong(1), Long::sum);
    }
    return out;
  }

  private static List<RunReport.Entity> entityRows(Dataset<Row> entities) {
    List<RunReport.Entity> out = new ArrayList<>();
    for (Row r :
        entities
            .select(
                "entity_id",
                "display_name",
                "display_birth_date",
                "member_count",
                "sources",
                "review_flags")
            .collectAsList()) {
      out.add(
          new RunReport.Entity(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getLong(3),
              r.getList(4),
              r.getList(5)));
    }
    return out;
  }

  /**
   * The review pairs of highest priority; ties in a fixed order, so two reports of one output
   * agree.
   */
  private static List<RunReport.ReviewPair> review(SparkSession spark, Path out) {
    Dataset<Row> review = spark.read().parquet(out.resolve(ResolveTables.REVIEW).toString());
    if (!Arrays.asList(review.columns()).contains("priority")) {
      throw new UserInputException(
          out.resolve(ResolveTables.REVIEW)
              + " has no priority column: it was written by an older engine; run er resolve again");
    }
    List<RunReport.ReviewPair> pairs = new ArrayList<>();
    for (Row r :
        review
            .orderBy(
                col("priority").desc(),
                col("match_weight").desc(),
                col("source_l"),
                col("record_id_l"),
                col("source_r"),
                col("record_id_r"))
            .select(
                "source_l",
                "record_id_l",
                "entity_id_l",
                "source_r",
                "record_id_r",
                "entity_id_r",
                "match_weight",
                "match_probability",
                "uncorroborated",
                "priority")
            .limit(REVIEW_TOP)
            .collectAsList()) {
      pairs.add(
          new RunReport.ReviewPair(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.getString(5),
              r.getDouble(6),
              r.getDouble(7),
              r.getBoolean(8),
              r.getDouble(9)));
    }
    return pairs;
  }

  private static RunReport.Evaluation evaluation(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode e = json(file);
    return new RunReport.Evaluation(
        e.path("truth").asText(),
        e.path("records_evaluated").asLong(),
        e.path("true_pairs").asLong(),
        e.path("predicted_pairs").asLong(),
        e.path("correct_pairs").asLong(),
        scores(e.path("pairwise")),
        scores(e.path("bcubed")));
  }

  private static RunReport.Scores scores(JsonNode s) {
    return new RunReport.Scores(
        s.path("precision").asDouble(), s.path("recall").asDouble(), s.path("f1").asDouble());
  }

  private static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
