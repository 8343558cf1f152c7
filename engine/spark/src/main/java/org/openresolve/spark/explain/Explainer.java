package org.openresolve.spark.explain;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.explain.LinkTree;
import org.openresolve.core.pipeline.DecisionReason;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PreparedRecord;
import org.openresolve.core.pipeline.SinglePair;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.resolve.ResolveTables;
import org.openresolve.spark.schema.PersonRecordRows;

/**
 * Answers an analyst's questions about a finished run from its output directory alone: the tables,
 * the rule file and the model the run wrote. Pairs that were never linked are recomputed with the
 * run's own rules and model, which gives exactly the score the run gave them.
 */
public final class Explainer {
  public static final String RULE_FILE = "ruleset.yaml";
  public static final String MODEL_FILE = "model.json";
  public static final String OVERSIZE_BLOCKS =
      org.openresolve.spark.resolve.ResolveTables.OVERSIZE_BLOCKS;
  public static final String REFUSED = org.openresolve.spark.resolve.ResolveTables.REFUSED;

  private final SparkSession spark;
  private final Path out;
  private final boolean cached;
  private final Map<String, Dataset<Row>> tables = new HashMap<>();

  /** The run's rule file, read once. */
  private RuleSet rules;

  /** The pipeline of the run, read once: the rule file, the model, the counts of values. */
  private SinglePair pipeline;

  /** Records as the run prepared them; its blocking rules read their name lists once. */
  private PreparedRecord.Preparation preparation;

  public Explainer(SparkSession spark, Path out) {
    this(spark, out, false);
  }

  /**
   * @param manyQuestions whether several questions will be asked: each table is then held in memory
   *     once read, so that every later question filters it there instead of reading its files again
   */
  public Explainer(SparkSession spark, Path out, boolean manyQuestions) {
    this.spark = requireNonNull(spark, "spark is null");
    this.out = requireNonNull(out, "out is null");
    this.cached = manyQuestions;
  }

  private Dataset<Row> table(String name) {
    return tables.computeIfAbsent(
        name,
        n -> {
          Dataset<Row> t = spark.read().parquet(out.resolve(n).toString());
          return cached ? t.cache() : t;
        });
  }

  private RuleSet rules() {
    if (rules == null) {
      rules = RuleSet.load(out.resolve(RULE_FILE));
    }
    return rules;
  }

  private boolean has(String name) {
    return Files.isDirectory(out.resolve(name));
  }

  private static Column isRecord(String prefix, String key) {
    int colon = key.indexOf(':');
    return col(prefix.isEmpty() ? "source" : "source_" + prefix)
        .equalTo(key.substring(0, colon))
        .and(
            col(prefix.isEmpty() ? "record_id" : "record_id_" + prefix)
                .equalTo(key.substring(colon + 1)));
  }

  static String checkKey(String key) {
    int colon = key.indexOf(':');
    if (colon <= 0 || colon == key.length() - 1) {
      throw new UserInputException("'" + key + "' is not SOURCE:RECORD_ID");
    }
    return key;
  }

  public EntityExplanation entity(String entityId) {
    List<Row> membership =
        table("membership").filter(col("entity_id").equalTo(entityId)).collectAsList();
    if (membership.isEmpty()) {
      throw new UserInputException("no entity " + entityId + " in " + out);
    }
    List<String> keys =
        membership.stream().map(r -> r.getString(0) + ":" + r.getString(1)).sorted().toList();
    Column inEntity = null;
    for (String k : keys) {
      inEntity = inEntity == null ? isRecord("", k) : inEntity.or(isRecord("", k));
    }
    List<MemberSummary> members =
        table("records").filter(inEntity).collectAsList().stream()
            .map(MemberSummary::of)
            .sorted((a, b) -> a.record().compareTo(b.record()))
            .toList();
    Set<String> keySet = Set.copyOf(keys);
    List<LinkEvidence> links = new ArrayList<>();
    for (Row m : linksAmong("merges", keys)) {
      LinkEvidence e = LinkEvidence.of(m);
      if (keySet.contains(e.left()) && keySet.contains(e.right())) {
        links.add(e);
      }
    }
    Map<String, LinkEvidence> byPair = new HashMap<>();
    List<LinkTree.Link> treeLinks = new ArrayList<>();
    for (LinkEvidence e : links) {
      byPair.put(e.left() + "|" + e.right(), e);
      treeLinks.add(new LinkTree.Link(e.left(), e.right(), e.matchWeight()));
    }
    List<EntityExplanation.TreeLine> tree = new ArrayList<>();
    for (LinkTree.Node n : LinkTree.of(keys, treeLinks)) {
      LinkEvidence via = n.via() == null ? null : byPair.get(n.via().a() + "|" + n.via().b());
      tree.add(new EntityExplanation.TreeLine(n.record(), n.depth(), via));
    }
    List<String> refused = new ArrayList<>();
    if (has(REFUSED)) {
      for (Row r : linksAmong(REFUSED, keys)) {
        refused.add(
            LinkEvidence.of(r).left()
                + " - "
                + LinkEvidence.of(r).right()
                + ": "
                + r.getString(r.fieldIndex("refusal")));
      }
    }
    return new EntityExplanation(entityId, members, tree, refused);
  }

  private List<Row> linksAmong(String tableName, List<String> keys) {
    Column left = null;
    for (String k : keys) {
      left = left == null ? isRecord("l", k) : left.or(isRecord("l", k));
    }
    return table(tableName).filter(left).collectAsList();
  }

  public PairExplanation records(String a, String b) {
    checkKey(a);
    checkKey(b);
    String left = a.compareTo(b) <= 0 ? a : b;
    String right = left.equals(a) ? b : a;
    String entityLeft = entityOf(left);
    String entityRight = entityOf(right);
    Column pair =
        isRecord("l", left)
            .and(isRecord("r", right))
            .or(isRecord("l", right).and(isRecord("r", left)));
    List<Row> merged = table("merges").filter(pair).collectAsList();
    if (!merged.isEmpty()) {
      return new PairExplanation(
          left,
          right,
          PairExplanation.Outcome.LINKED,
          entityLeft,
          entityRight,
          List.of(),
          LinkEvidence.of(merged.get(0)),
          "linked directly: the pair scored at or above the match threshold");
    }
    if (has(REFUSED)) {
      List<Row> refused = table(REFUSED).filter(pair).collectAsList();
      if (!refused.isEmpty()) {
        return new PairExplanation(
            left,
            right,
            PairExplanation.Outcome.KEPT_APART,
            entityLeft,
            entityRight,
            List.of(),
            LinkEvidence.of(refused.get(0)),
            refused.get(0).getString(refused.get(0).fieldIndex("refusal")));
      }
    }
    List<Row> review = table("review").filter(pair).collectAsList();
    if (!review.isEmpty()) {
      LinkEvidence evidence = LinkEvidence.of(review.get(0));
      return new PairExplanation(
          left,
          right,
          PairExplanation.Outcome.IN_REVIEW,
          entityLeft,
          entityRight,
          List.of(),
          evidence,
          whyReview(evidence));
    }
    return recomputed(left, right, entityLeft, entityRight);
  }

  private String entityOf(String key) {
    List<Row> m = table("membership").filter(isRecord("", key)).collectAsList();
    if (m.isEmpty()) {
      throw new UserInputException(
          "record "
              + key
              + " is not in the output of this run (never read, quarantined or erased)");
    }
    return m.get(0).getString(m.get(0).fieldIndex("entity_id"));
  }

  /**
   * A pair the run neither linked, refused nor sent to review, replayed through the run's own
   * pipeline ({@link SinglePair}): never blocked together, only in oversize blocks, skipped by a
   * {@code skip_when} condition, or compared and scored below the review threshold.
   */
  private PairExplanation recomputed(
      String left, String right, String entityLeft, String entityRight) {
    RuleSet rules = rules();
    if (pipeline == null) {
      ModelParameters model;
      try {
        model = ModelParameters.fromJson(Files.readString(out.resolve(MODEL_FILE)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the run's model " + out.resolve(MODEL_FILE), e);
      }
      pipeline =
          new SinglePair(rules, model, termCounts(), table("records").count(), oversizeKeys());
      preparation = new PreparedRecord.Preparation(rules);
    }
    SinglePair.Outcome o = pipeline.of(preparation.of(record(left)), preparation.of(record(right)));
    LinkEvidence evidence = evidence(left, right, rules, o.vector(), o.score());
    boolean same = entityLeft.equals(entityRight);
    List<String> shared = o.sharedKeys();
    PairExplanation.Outcome through = PairExplanation.Outcome.SAME_ENTITY_THROUGH_OTHER_LINKS;
    if (o.notCompared() instanceof DecisionReason.NotBlocked) {
      return new PairExplanation(
          left,
          right,
          same ? through : PairExplanation.Outcome.NOT_BLOCKED_TOGETHER,
          entityLeft,
          entityRight,
          shared,
          evidence,
          "no blocking rule gave the two records a common key, so they were never compared directly; the score shown is what they would get");
    }
    if (o.notCompared() instanceof DecisionReason.Oversize oversize) {
      return new PairExplanation(
          left,
          right,
          same ? through : PairExplanation.Outcome.ONLY_IN_OVERSIZE_BLOCKS,
          entityLeft,
          entityRight,
          shared,
          evidence,
          "every key they share ("
              + String.join(", ", oversize.keys())
              + ") was a block over its size limit, skipped or split by a finer key they do not share, and reported in the manifest");
    }
    if (o.notCompared() instanceof DecisionReason.SkippedWhen skipped) {
      return new PairExplanation(
          left,
          right,
          same ? through : PairExplanation.Outcome.SKIPPED_BY_CONDITION,
          entityLeft,
          entityRight,
          shared,
          evidence,
          "never compared: every rule that paired them ("
              + String.join(", ", skipped.rules())
              + ") skips such pairs (skip_when), counted in the manifest; the score shown is what they would get");
    }
    if (o.decision().decision() != PairDecision.NONE) {
      throw new IllegalStateException(
          "the run's pipeline decides "
              + left
              + " and "
              + right
              + " "
              + o.decision().decision()
              + ", but its tables do not hold the pair");
    }
    if (same) {
      return new PairExplanation(
          left,
          right,
          through,
          entityLeft,
          entityRight,
          shared,
          evidence,
          "not linked directly (score "
              + String.format("%.3f", o.score().probability())
              + "); the entity joins them through other links");
    }
    return new PairExplanation(
        left,
        right,
        PairExplanation.Outcome.SCORED_BELOW_REVIEW,
        entityLeft,
        entityRight,
        shared,
        evidence,
        String.format(
            "compared and scored %.3f, below the review threshold %.2f",
            o.score().probability(), rules.thresholds().reviewProbability()));
  }

  /** Why a pair of {@code review/} is there: its score, the grading, or names alone. */
  private String whyReview(LinkEvidence e) {
    if (e.matchProbability() >= e.matchThreshold()) {
      if (e.uncorroborated()) {
        return "scored a link, but both records are graded low (uncorroborated), so it went to review: for an analyst to decide";
      }
      org.openresolve.core.rules.BeyondNames beyond = rules().thresholds().beyondNames();
      if (beyond != null
          && !beyond.metBy(
              id ->
                  e.evidence().stream()
                      .filter(f -> f.comparison().equals(id))
                      .mapToDouble(FieldEvidence::partialWeight)
                      .sum())) {
        return String.format(
            "scored a link on names alone: none of %s agrees with at least %.1f bits, and namesakes are not one person, so it went to review: for an analyst to decide",
            String.join(", ", beyond.comparisons()), beyond.minWeight());
      }
    }
    return "in the review band: for an analyst to decide, never merged automatically";
  }

  /** The counts of values the run scored with (empty when it used none). */
  private Map<String, Long> termCounts() {
    Map<String, Long> counts = new HashMap<>();
    if (has(ResolveTables.TERM_FREQUENCIES)) {
      for (Row r : table(ResolveTables.TERM_FREQUENCIES).collectAsList()) {
        counts.put(r.getString(0), r.getLong(1));
      }
    }
    return counts;
  }

  private Set<String> oversizeKeys() {
    Set<String> keys = new HashSet<>();
    if (has(OVERSIZE_BLOCKS)) {
      for (Row o : table(OVERSIZE_BLOCKS).select("block_key").collectAsList()) {
        keys.add(o.getString(0));
      }
    }
    return keys;
  }

  private PersonRecord record(String key) {
    List<Row> rows = table("records").filter(isRecord("", key)).collectAsList();
    if (rows.isEmpty()) {
      throw new UserInputException("record " + key + " is not in the output of this run");
    }
    return PersonRecordRows.fromRow(rows.get(0));
  }

  private static LinkEvidence evidence(
      String left, String right, RuleSet rules, ComparisonVector v, PairScore s) {
    List<FieldEvidence> fields = new ArrayList<>();
    List<ComparisonSpec> cs = rules.comparisons();
    for (int c = 0; c < v.size(); c++) {
      ComparisonSpec spec = cs.get(c);
      fields.add(
          new FieldEvidence(
              spec.id(),
              spec.label(),
              v.level(c),
              spec.levels().get(v.level(c)).label(),
              s.partialWeights().get(c),
              v.left(c),
              v.right(c),
              s.notes().get(c)));
    }
    return new LinkEvidence(
        left,
        right,
        s.matchWeight(),
        s.probability(),
        rules.thresholds().matchProbability(),
        rules.thresholds().reviewProbability(),
        List.of(),
        fields,
        rules.name(),
        "recomputed",
        null,
        false);
  }
}
