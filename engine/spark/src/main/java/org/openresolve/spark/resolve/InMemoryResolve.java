package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.entity.CodePointOrder;
import org.openresolve.core.evaluate.InMemoryEvaluation;
import org.openresolve.core.pipeline.ComparedPair;
import org.openresolve.core.pipeline.Decision;
import org.openresolve.core.pipeline.Judgements;
import org.openresolve.core.pipeline.LocalResolution;
import org.openresolve.core.pipeline.LocalResolver;
import org.openresolve.core.pipeline.NodePair;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.RuleMasks;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.TermFrequencies;
import org.openresolve.model.Judgement;
import org.openresolve.spark.progress.Progress;

/**
 * Resolution of an input that fits in memory: the core's {@link LocalResolver}, the same steps
 * {@link ResolveJob} runs partition by partition, on the driver, over the records as ingest
 * prepared them. Its decided pairs and membership become the rows {@link ResolveJob} hands the
 * table writers ({@link ResolveResult}), so the tables are written by the same code either way. One
 * Spark job, bringing the prepared records to the driver, in place of thirteen.
 */
public final class InMemoryResolve {
  private static final StructType DECIDED =
      LinkPolicies.SCHEMA.add(LinkPolicies.REFUSAL, DataTypes.StringType, true);
  private static final StructType MEMBERSHIP =
      new StructType()
          .add(ViewRows.SOURCE, DataTypes.StringType, false)
          .add(ViewRows.RECORD_ID, DataTypes.StringType, false)
          .add(ResolveJob.ENTITY_ID, DataTypes.StringType, false)
          .add(ViewRows.NODE, DataTypes.LongType, false);

  private final SparkSession spark;
  private final RuleSet rules;
  private final ModelParameters frozenModel;
  private final List<Judgement> judgements;

  /** The records of the last run, by node, with their entities: what a truth file is scored on. */
  private List<InMemoryEvaluation.RunRecord> resolved = List.of();

  /** The last run's decided pairs, as its merges, review and refused tables hold them. */
  private Map<NodePair, PairDecision> decisions = Map.of();

  /**
   * @param frozenModel a model to apply instead of training one, or null to train
   * @param judgements analysts' SAME / DIFFERENT decisions, which clustering obeys
   */
  public InMemoryResolve(
      SparkSession spark, RuleSet rules, ModelParameters frozenModel, List<Judgement> judgements) {
    this.spark = requireNonNull(spark, "spark is null");
    this.rules = requireNonNull(rules, "rules is null");
    this.frozenModel = frozenModel;
    this.judgements = List.copyOf(judgements);
  }

  /**
   * @param unnumbered the records' rows of {@link ResolveJob#derivation}
   * @param collected called once they are on the driver, when the caller may free {@code
   *     unnumbered}
   * @param n how many rows {@code unnumbered} holds; checked against what reached the driver
   */
  public ResolveResult run(Dataset<Row> unnumbered, Runnable collected, long n) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    Progress progress = Progress.of(spark);
    progress.start("matching in memory");
    List<LocalResolver.KeyedRecord> records = new ArrayList<>();
    for (Row r : unnumbered.collectAsList()) {
      records.add(
          new LocalResolver.KeyedRecord(
              r.getAs(ViewRows.SOURCE), r.getAs(ViewRows.RECORD_ID), ResolveJob.prepared(r)));
    }
    collected.run();
    if (records.size() != n) {
      throw new IllegalStateException(
          n + " records were to be resolved but " + records.size() + " reached the driver");
    }
    // In node order, as the resolver numbers them: node i is records.get(i).
    records.sort(
        Comparator.comparing(LocalResolver.KeyedRecord::source, CodePointOrder.INSTANCE)
            .thenComparing(LocalResolver.KeyedRecord::recordId, CodePointOrder.INSTANCE));
    long t1 = lap(timings, "match_views", t0);
    LocalResolution resolution =
        new LocalResolver(rules, frozenModel, judgements).resolvePrepared(records);
    long t2 = lap(timings, "matching_in_memory", t1);

    PairDecider decider = decider(resolution);
    PairComparer comparer = new PairComparer(rules);
    RuleMasks masks = new RuleMasks(rules);
    List<Row> decided = new ArrayList<>();
    Map<NodePair, PairDecision> decisionOf = new HashMap<>();
    long links = 0;
    long review = 0;
    long refused = 0;
    for (LocalResolution.DecidedPair p : resolution.pairs()) {
      Decision d = p.decision();
      switch (d.decision()) {
        case NONE -> {
          continue;
        }
        case LINK -> links++;
        case REVIEW -> review++;
        case REFUSED -> refused++;
      }
      decided.add(row(p, records, resolution.views(), comparer, decider, masks));
      decisionOf.put(NodePair.of(p.compared().left(), p.compared().right()), d.decision());
    }
    Map<String, Long> sizeOf = new HashMap<>();
    List<Row> membership = new ArrayList<>(records.size());
    List<InMemoryEvaluation.RunRecord> run = new ArrayList<>(records.size());
    int node = 0;
    for (Map.Entry<String, String> e : resolution.membership().entrySet()) {
      LocalResolver.KeyedRecord r = records.get(node);
      if (!e.getKey().equals(r.prepared().key())) {
        throw new IllegalStateException(
            "record "
                + node
                + " is "
                + r.prepared().key()
                + " but the membership lists "
                + e.getKey());
      }
      membership.add(RowFactory.create(r.source(), r.recordId(), e.getValue(), (long) node));
      run.add(
          new InMemoryEvaluation.RunRecord(r.source(), r.recordId(), e.getValue(), r.prepared()));
      sizeOf.merge(e.getValue(), 1L, Long::sum);
      node++;
    }
    resolved = List.copyOf(run);
    decisions = Map.copyOf(decisionOf);
    Map<Long, Long> entitySizes = new TreeMap<>();
    sizeOf.values().forEach(size -> entitySizes.merge(size, 1L, Long::sum));
    lap(timings, "describing_pairs", t2);
    progress.done(
        "matching in memory",
        n
            + " records, "
            + resolution.candidatePairs()
            + " candidate pairs, "
            + links
            + " links, "
            + review
            + " for review, "
            + sizeOf.size()
            + " entities ("
            + refused
            + " links refused by guards)");
    return new ResolveResult(
        spark.createDataFrame(decided, DECIDED),
        spark.createDataFrame(membership, MEMBERSHIP),
        resolution.model(),
        resolution.trained(),
        resolution.blocks(),
        n,
        resolution.candidatePairs(),
        links,
        review,
        refused,
        resolution.unknownJudgements(),
        sizeOf.size(),
        entitySizes,
        // Connected components in one step, as ResolveJob finds them on any graph one task holds.
        1,
        timings,
        resolution.termCounts(),
        resolution.weights());
  }

  /** The records of the last {@link #run}, by node, with their entities. */
  public List<InMemoryEvaluation.RunRecord> resolved() {
    return resolved;
  }

  /**
   * The decision of every pair the last {@link #run} wrote to {@code merges/}, {@code review/} or
   * {@code refused/}, by node.
   */
  public Map<NodePair, PairDecision> decisions() {
    return decisions;
  }

  /** The decider the resolver used: the same model and the same value counts. */
  private PairDecider decider(LocalResolution resolution) {
    Map<String, Long> termCounts = resolution.termCounts();
    TermCounts counts =
        termCounts.isEmpty() ? null : new TermCounts(rules, termCounts, resolution.views().size());
    TermFrequencies tf =
        counts == null ? null : new TermFrequencies(rules, resolution.model(), counts);
    return new PairDecider(rules, resolution.model(), tf);
  }

  /**
   * A decided pair as {@link ResolveJob} writes it: compared again for its values ({@link
   * DescribePairs}), a SAME judgement with the model's score without term frequencies ({@link
   * LinkPolicies#resolve}), and the refusal, if any.
   */
  private static Row row(
      LocalResolution.DecidedPair p,
      List<LocalResolver.KeyedRecord> records,
      List<MatchView> views,
      PairComparer comparer,
      PairDecider decider,
      RuleMasks masks) {
    ComparedPair c = p.compared();
    Decision d = p.decision();
    LocalResolver.KeyedRecord l = records.get((int) c.left());
    LocalResolver.KeyedRecord r = records.get((int) c.right());
    ComparisonVector v = comparer.compare(views.get((int) c.left()), views.get((int) c.right()));
    boolean judged = d.judgement() != null;
    List<String> rules = judged ? List.of(Judgements.JUDGEMENT_RULE) : masks.ids(c.rules());
    PairScore score =
        judged ? decider.scorer().score(v) : decider.score(v.pattern(), c.termCounts());
    Row pair =
        PairRows.of(
            c.left(), l.source(), l.recordId(), c.right(), r.source(), r.recordId(), rules, v);
    Row policies =
        LinkPolicies.row(
            pair,
            score,
            d.decision().name(),
            d.uncorroborated(),
            judged ? Judgements.describe(d.judgement()) : null);
    Object[] values = new Object[DECIDED.size()];
    for (int i = 0; i < policies.length(); i++) {
      values[i] = policies.get(i);
    }
    values[values.length - 1] = d.refusal() == null ? null : d.refusal().message();
    return RowFactory.create(values);
  }

  private static long lap(Map<String, Long> timings, String stage, long since) {
    long now = System.nanoTime();
    timings.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
