package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.sketch.BloomFilter;
import org.openresolve.core.blocking.SkipConditions;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.pipeline.BlockCensus;
import org.openresolve.core.pipeline.BlockEntry;
import org.openresolve.core.pipeline.BlockKeys;
import org.openresolve.core.pipeline.BlockLimits;
import org.openresolve.core.pipeline.BlockStats;
import org.openresolve.core.pipeline.CandidatePair;
import org.openresolve.core.pipeline.ComparedPair;
import org.openresolve.core.pipeline.ComponentClustering;
import org.openresolve.core.pipeline.Judgements;
import org.openresolve.core.pipeline.PairComparison;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PreparedRecord;
import org.openresolve.core.pipeline.RandomPairs;
import org.openresolve.core.pipeline.RuleMasks;
import org.openresolve.core.pipeline.TermCounting;
import org.openresolve.core.pipeline.TrainingCounts;
import org.openresolve.core.pipeline.WeighedPrior;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairFactors;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.TermFrequencies;
import org.openresolve.core.scoring.WeightHistogram;
import org.openresolve.model.Judgement;
import org.openresolve.spark.cluster.ConnectedComponents;
import org.openresolve.spark.ingest.RecordDerivation;
import org.openresolve.spark.progress.Progress;

/**
 * Resolution on Spark: match views and blocking keys once per record, candidate pairs block by
 * block (each pair compared once), a Fellegi-Sunter model trained without labels (or loaded),
 * scores and decisions, and entities as connected components of the links. The matching itself is
 * the core's; this class only moves data. Only counts, level patterns and the oversize block keys
 * reach the driver.
 */
public final class ResolveJob {
  static final String COMPONENT = "_component";
  public static final String ENTITY_ID = "entity_id";

  private final SparkSession spark;
  private final RuleSet rules;
  private final ModelParameters frozenModel;
  private final Judgements judgements;

  /**
   * @param frozenModel a model to apply instead of training one, or null to train
   */
  public ResolveJob(SparkSession spark, RuleSet rules, ModelParameters frozenModel) {
    this(spark, rules, frozenModel, List.of());
  }

  /**
   * @param frozenModel a model to apply instead of training one, or null to train
   * @param judgements analysts' SAME / DIFFERENT decisions, which clustering obeys
   */
  public ResolveJob(
      SparkSession spark, RuleSet rules, ModelParameters frozenModel, List<Judgement> judgements) {
    this.spark = requireNonNull(spark, "spark is null");
    this.rules = requireNonNull(rules, "rules is null");
    this.frozenModel = frozenModel;
    this.judgements = new Judgements(judgements);
    if (frozenModel != null) {
      frozenModel.requireFits(rules);
    }
  }

  /** Resolves the records of a {@code records/} table, building their views from its rows. */
  public ResolveResult run(Dataset<Row> records) {
    // Views cached before they are numbered: the sort that numbers them samples its input first,
    // and would otherwise build every view twice.
    Dataset<Row> unnumbered = unnumberedViews(records).persist(StorageLevel.MEMORY_AND_DISK());
    return run(records, unnumbered, unnumbered::unpersist, unnumbered.count());
  }

  /**
   * What {@link #derivation} made of each record as ingest read it: the views ResolveJob would
   * build from the records' rows, without reading them back.
   */
  public static RecordDerivation derivation(RuleSet rules) {
    return BuildViews.derivation(rules);
  }

  /**
   * Resolves the records of a {@code records/} table whose views were built already.
   *
   * @param unnumbered the records' rows of {@link #derivation}, cached by the caller
   * @param viewsNumbered called once the views are numbered and cached, when the caller may free
   *     {@code unnumbered}
   * @param n how many rows {@code unnumbered} holds, known to the caller (ingest counted them):
   *     counting them again would be a job of its own. Checked against the membership at the end.
   */
  public ResolveResult run(
      Dataset<Row> records, Dataset<Row> unnumbered, Runnable viewsNumbered, long n) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    Progress progress = Progress.of(spark);
    progress.start("building match views");
    Dataset<Row> views = numbered(unnumbered).persist(StorageLevel.MEMORY_AND_DISK());

    // Block sizes from the keys alone; only keys of blocks that can yield pairs let a record's
    // view through to the one shuffle that gathers blocks. The census is the first job to read
    // the views, so it also caches them; only then may the caller free what they were built from.
    BlockLimits limits = BlockLimits.of(rules);
    Dataset<Row> sizes =
        views
            .select(explode(col(ViewRows.BLOCK_KEYS)).as(ViewRows.BLOCK_KEY))
            .groupBy(ViewRows.BLOCK_KEY)
            .count()
            .filter(col("count").geq(2))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Every key over its limit, refined or skipped: the refined keys in use are those that split
    // one.
    Set<String> oversize = new HashSet<>();
    for (Row r :
        sizes
            .filter((FilterFunction<Row>) r -> limits.isOversize(r.getString(0), r.getLong(1)))
            .select(ViewRows.BLOCK_KEY)
            .collectAsList()) {
      oversize.add(r.getString(0));
    }
    BlockCensus census =
        sizes
            .toJavaRDD()
            .aggregate(
                new BlockCensus(limits, oversize),
                (c, r) -> c.add(r.getString(0), r.getLong(1)),
                BlockCensus::merge);
    viewsNumbered.run();
    long t1 = lap(timings, "match_views", t0);
    progress.done("building match views", n + " records");
    progress.start("blocking and comparing");
    BlockStats stats = census.stats();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Set<String>> skipped = jsc.broadcast(oversize);
    Broadcast<BloomFilter> pairing = jsc.broadcast(pairingKeys(sizes, stats, limits, skipped));
    PairComparer comparer = new PairComparer(rules);
    LongAccumulator skippedPairs =
        spark.sparkContext().longAccumulator("pairs skipped by skip_when");
    // Counted before blocking: they need no model, and a pair carries the counts, not the names.
    Map<String, Long> termCounts = termCounts(views);
    TermCounts counts = termCounts.isEmpty() ? null : new TermCounts(rules, termCounts, n);
    Broadcast<TermCounts> countsShared = counts == null ? null : jsc.broadcast(counts);
    SkipConditions conditions = new SkipConditions(rules);
    Dataset<Row> entries =
        views
            .select(
                col(ViewRows.NODE),
                col(ViewRows.VIEW),
                col(ViewRows.BLOCK_KEYS),
                col(ViewRows.LOW_GRADE))
            .flatMap(
                new PairingKeys(pairing, skipped, new BlockKeys(rules)),
                Encoders.row(PairingKeys.SCHEMA))
            .repartition(col(PairingKeys.BLOCK))
            .sortWithinPartitions(PairingKeys.BLOCK, ViewRows.NODE);
    Dataset<Row> pairs =
        OverPartitions.run(
                entries,
                PairingKeys::entry,
                blocks ->
                    compared(
                        new PairComparison(
                            comparer,
                            conditions,
                            countsShared == null ? null : countsShared.value()),
                        blocks,
                        skippedPairs),
                CandidatePairs::row,
                CandidatePairs.SCHEMA)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // The first job over the pairs caches them and counts them: training's tally of level patterns
    // when a model is trained (its counts sum to the pairs), a plain count when one is loaded.
    TrainingCounts training = null;
    long candidatePairs;
    if (frozenModel == null) {
      training = new TrainingCounts(rules);
      candidatePairs = tallyPatterns(pairs, training);
    } else {
      candidatePairs = pairs.count();
    }
    // Read once the pairs are cached: that job ran every block exactly once.
    stats = stats.withPairsSkippedByCondition(skippedPairs.value());
    sizes.unpersist();
    long t2 = lap(timings, "blocking_and_comparison", t1);
    progress.done(
        "blocking and comparing",
        candidatePairs
            + " candidate pairs from "
            + stats.blocks()
            + " blocks ("
            + stats.oversizeBlocks()
            + " oversize skipped)");
    progress.start(frozenModel != null ? "loading the model" : "training the model");

    ModelParameters trained =
        frozenModel != null
            ? frozenModel
            : training.train(randomPairPatterns(views, n, comparer), n);
    ModelParameters model =
        frozenModel == null && PairFactors.apply(rules, counts)
            ? weighedPrior(pairs, rules, trained, countsShared, n)
            : trained;
    long t3 = lap(timings, frozenModel != null ? "model_loaded" : "training", t2);
    progress.done(frozenModel != null ? "loading the model" : "training the model", "done");
    progress.start("scoring");

    TermFrequencies tf = counts == null ? null : new TermFrequencies(rules, model, counts);
    PairDecider decider = new PairDecider(rules, model, tf);
    WeightsSeen weights = new WeightsSeen();
    spark.sparkContext().register(weights, "match weights");
    Dataset<Row> decidedPairs =
        describe(ScorePairs.decided(pairs, decider, weights), views, comparer, decider);
    LinkPolicies.Resolved judged = LinkPolicies.resolve(views, judgements, comparer, decider);
    Dataset<Row> scored =
        LinkPolicies.withJudgedLinks(spark, decidedPairs, judged.same())
            .persist(StorageLevel.MEMORY_AND_DISK());
    Row decisions =
        scored
            .agg(
                sum(
                    when(col(ScorePairs.DECISION).equalTo(PairDecision.LINK.name()), 1)
                        .otherwise(0)),
                sum(
                    when(col(ScorePairs.DECISION).equalTo(PairDecision.REVIEW.name()), 1)
                        .otherwise(0)))
            .first();
    long links = decisions.isNullAt(0) ? 0 : decisions.getLong(0);
    long review = decisions.isNullAt(1) ? 0 : decisions.getLong(1);
    WeightHistogram weighed = new WeightHistogram().merge(weights.value());
    pairs.unpersist();
    long t4 = lap(timings, "scoring", t3);
    progress.done("scoring", links + " links, " + review + " for review");
    progress.start("clustering");

    Dataset<Row> linked = scored.filter(col(ScorePairs.DECISION).equalTo(PairDecision.LINK.name()));
    ConnectedComponents.Result cc =
        ConnectedComponents.of(
            linked.select(
                col(PairRows.NODE_L).as(ConnectedComponents.SRC),
                col(PairRows.NODE_R).as(ConnectedComponents.DST)),
            links,
            ConnectedComponents.ONE_TASK_EDGES);
    // Guards and DIFFERENT judgements may split a component: the weakest joining link is refused.
    ComponentGuards.Result guarded =
        ComponentGuards.refine(
            spark,
            views,
            cc.components(),
            linked.select(
                col(PairRows.NODE_L),
                col(PairRows.NODE_R),
                col(ScorePairs.MATCH_WEIGHT),
                col(LinkPolicies.JUDGEMENT).isNotNull().as(ComponentGuards.JUDGED)),
            new ComponentClustering(rules),
            judged.judged().different());
    Dataset<Row> decided =
        scored
            .join(
                guarded.refused().select(PairRows.NODE_L, PairRows.NODE_R, ComponentGuards.REASON),
                new String[] {PairRows.NODE_L, PairRows.NODE_R},
                "left")
            .withColumn(
                ScorePairs.DECISION,
                when(col(ComponentGuards.REASON).isNotNull(), lit(PairDecision.REFUSED.name()))
                    .otherwise(col(ScorePairs.DECISION)))
            .withColumnRenamed(ComponentGuards.REASON, LinkPolicies.REFUSAL)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> membership =
        EntityIds.resolved(views, guarded.entities()).persist(StorageLevel.MEMORY_AND_DISK());
    // Materialised while the views and scores they were computed from are still cached: node ids
    // come from a range sort whose bounds are sampled, so a recomputation could number anew. The
    // same job counts the refused links.
    Row refusals =
        decided
            .agg(
                sum(
                    when(col(ScorePairs.DECISION).equalTo(PairDecision.REFUSED.name()), 1)
                        .otherwise(0)))
            .first();
    long refused = refusals.isNullAt(0) ? 0 : refusals.getLong(0);
    Map<Long, Long> entitySizes = new TreeMap<>();
    long entities = 0;
    long members = 0;
    for (Row r : membership.groupBy(ENTITY_ID).count().groupBy("count").count().collectAsList()) {
      entitySizes.put(r.getLong(0), r.getLong(1));
      entities += r.getLong(1);
      members += r.getLong(0) * r.getLong(1);
    }
    if (members != n) {
      throw new IllegalStateException(
          n + " records were to be resolved but the membership holds " + members);
    }
    views.unpersist();
    lap(timings, "clustering", t4);
    progress.done("clustering", entities + " entities (" + refused + " links refused by guards)");
    scored.unpersist();
    return new ResolveResult(
        decided,
        membership,
        model,
        frozenModel == null,
        stats,
        n,
        candidatePairs,
        links - refused,
        review,
        refused,
        judged.judged().unknown(),
        entities,
        entitySizes,
        cc.rounds(),
        timings,
        termCounts,
        weighed);
  }

  /** The compared pairs of a partition's blocks, counting those {@code skip_when} leaves out. */
  private static Iterator<CandidatePair> compared(
      PairComparison comparison, Iterator<BlockEntry> blocks, LongAccumulator skippedPairs) {
    return OverPartitions.mapped(
        comparison.ofBlocks(blocks, (l, r, mask) -> skippedPairs.add(1)), ComparedPair::lean);
  }

  /**
   * How many records hold each name value, how many people each full name (distinct birth years)
   * and each value of a comparison with a {@code shared_value} limit ({@link SharedValues#people}),
   * from one shuffle of the views' observations, sorted by value and counted run by run ({@link
   * CountTerms}). Only the count of each value held by two or more reaches the driver, not the
   * records.
   */
  private Map<String, Long> termCounts(Dataset<Row> views) {
    TermCounting counting = new TermCounting(rules);
    if (!counting.needed()) {
      return Map.of();
    }
    Map<String, Long> counts = new TreeMap<>();
    for (Row r :
        views
            .select(ViewRows.VIEW)
            .flatMap(
                (org.apache.spark.api.java.function.FlatMapFunction<Row, Row>)
                    v ->
                        counting.observationsOf(MatchViewCodec.decode((byte[]) v.get(0))).stream()
                            .map(
                                o ->
                                    org.apache.spark.sql.RowFactory.create(
                                        o.key(), o.year(), o.signature()))
                            .iterator(),
                Encoders.row(CountTerms.OBSERVATION))
            .repartition(col(CountTerms.KEY))
            .sortWithinPartitions(CountTerms.KEY)
            .mapPartitions(new CountTerms(), Encoders.row(CountTerms.COUNT))
            .collectAsList()) {
      // Distinct-value counts come once per partition and add up; any other key comes once.
      counts.merge(r.getString(0), r.getLong(1), Long::sum);
    }
    return counts;
  }

  /** Every record's match view and blocking keys, built once. */
  private Dataset<Row> unnumberedViews(Dataset<Row> records) {
    return preparedRecords(records, rules);
  }

  /**
   * The records of a {@code records/} table prepared as resolution prepares them under {@code
   * rules}: {@code source}, {@code record_id} and the rest, read back by {@link #prepared}.
   */
  public static Dataset<Row> preparedRecords(Dataset<Row> records, RuleSet rules) {
    Column record =
        struct(
            java.util.Arrays.stream(records.columns()).map(functions::col).toArray(Column[]::new));
    return records
        .select(record.as("_record"))
        .mapPartitions(new BuildViews(rules), Encoders.row(ViewRows.UNNUMBERED));
  }

  /** The prepared record of a row (or struct) of {@link #preparedRecords}. */
  public static PreparedRecord prepared(Row r) {
    return new PreparedRecord(
        MatchViewCodec.decode((byte[]) r.get(r.fieldIndex(ViewRows.VIEW))),
        r.getList(r.fieldIndex(ViewRows.BLOCK_KEYS)),
        r.getBoolean(r.fieldIndex(ViewRows.LOW_GRADE)));
  }

  /**
   * Views numbered in record-key order: they are range-partitioned and sorted by key, so a
   * partition's index then the row's position in it ({@code monotonically_increasing_id}) orders
   * nodes as their keys on any cluster, with no pass to count partitions. Only the order of node
   * ids is ever used, never their values. The shuffle moves the compact views, not the records.
   */
  private static Dataset<Row> numbered(Dataset<Row> views) {
    return views
        .orderBy(ViewRows.SOURCE, ViewRows.RECORD_ID)
        .select(
            monotonically_increasing_id().as(ViewRows.NODE),
            col(ViewRows.SOURCE),
            col(ViewRows.RECORD_ID),
            col(ViewRows.VIEW),
            col(ViewRows.BLOCK_KEYS),
            col(ViewRows.LOW_GRADE));
  }

  /**
   * The keys of blocks that can yield pairs (two records or more, in use, not oversize) as a Bloom
   * filter: a few bits per key however many there are. A false positive only lets a record through
   * to a block that then yields nothing, so it costs a little shuffle, never a pair.
   */
  private static BloomFilter pairingKeys(
      Dataset<Row> sizes, BlockStats stats, BlockLimits limits, Broadcast<Set<String>> oversize) {
    long expected = Math.max(1, stats.blocks() - stats.oversizeBlocks());
    return sizes
        .filter(
            (FilterFunction<Row>)
                r -> limits.yieldsPairs(r.getString(0), r.getLong(1), oversize.value()))
        .stat()
        .bloomFilter(ViewRows.BLOCK_KEY, expected, 0.01);
  }

  /**
   * One aggregation of the pairs by (rule mask, levels) into {@code training}, where the core
   * spreads each count over the mask's rules; returns how many pairs there are.
   */
  /**
   * The model with its prior estimated again from the cached candidate pairs, weighed with term
   * frequencies ({@link WeighedPrior}): one pass, counting each partition's pairs by Bayes factor.
   */
  private static ModelParameters weighedPrior(
      Dataset<Row> pairs,
      RuleSet rules,
      ModelParameters model,
      Broadcast<TermCounts> counts,
      long n) {
    // Static: a task must not capture the job.
    PairFactors factors =
        pairs
            .toJavaRDD()
            .mapPartitions(
                rows ->
                    List.of(
                            WeighedPrior.count(
                                OverPartitions.mapped(rows, CandidatePairs::pair),
                                rules,
                                model,
                                new TermFrequencies(rules, model, counts.value())))
                        .iterator())
            .reduce(PairFactors::merge);
    return factors.reestimated(model, WeighedPrior.possiblePairs(n));
  }

  private static long tallyPatterns(Dataset<Row> pairs, TrainingCounts training) {
    long total = 0;
    for (Row r :
        pairs.groupBy(CandidatePairs.RULES, CandidatePairs.LEVELS).count().collectAsList()) {
      training.add(r.getLong(0), TrainingCounts.patternOf((byte[]) r.get(1)), r.getLong(2));
      total += r.getLong(2);
    }
    return total;
  }

  /**
   * Decided pairs in full: each joined with both records' keys and views, compared again for the
   * values and partial weights. A few per record, against the many candidate pairs.
   */
  private Dataset<Row> describe(
      Dataset<Row> decided, Dataset<Row> views, PairComparer comparer, PairDecider decider) {
    Dataset<Row> left =
        views.select(
            col(ViewRows.NODE).as("_n_l"),
            col(ViewRows.SOURCE).as(DescribePairs.SOURCE_L),
            col(ViewRows.RECORD_ID).as(DescribePairs.RECORD_ID_L),
            col(ViewRows.VIEW).as(DescribePairs.VIEW_L));
    Dataset<Row> right =
        views.select(
            col(ViewRows.NODE).as("_n_r"),
            col(ViewRows.SOURCE).as(DescribePairs.SOURCE_R),
            col(ViewRows.RECORD_ID).as(DescribePairs.RECORD_ID_R),
            col(ViewRows.VIEW).as(DescribePairs.VIEW_R));
    return decided
        .join(left, col(PairRows.NODE_L).equalTo(col("_n_l")))
        .join(right, col(PairRows.NODE_R).equalTo(col("_n_r")))
        .mapPartitions(
            new DescribePairs(comparer, decider, new RuleMasks(rules)),
            Encoders.row(LinkPolicies.SCHEMA));
  }

  /**
   * Level patterns of about {@code model.random_pairs} random pairs: all pairs among a sample of
   * records chosen by a hash of their key, so the sample does not depend on partitioning. The
   * sample (about sqrt(2 * random_pairs) views, whatever the input size) is broadcast and the pairs
   * are compared where it lands, row by row, so no pair of views is ever shuffled.
   */
  private Map<LevelPattern, Long> randomPairPatterns(
      Dataset<Row> views, long n, PairComparer comparer) {
    RandomPairs random = RandomPairs.of(rules, n);
    // Put in node order on the driver: the sample is a few thousand rows at most, and a global
    // sort would cost a job to sample its bounds and a shuffle.
    List<Row> sampled =
        new ArrayList<>(
            views
                .filter(
                    (FilterFunction<Row>)
                        v -> random.sampled(v.getAs(ViewRows.SOURCE), v.getAs(ViewRows.RECORD_ID)))
                .select(ViewRows.NODE, ViewRows.VIEW)
                .collectAsList());
    sampled.sort(Comparator.comparingLong(r -> r.getLong(0)));
    List<byte[]> sample = new ArrayList<>(sampled.size());
    for (Row r : sampled) {
      sample.add((byte[]) r.get(1));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<List<byte[]>> shared = jsc.broadcast(sample);
    // Row i is compared with every later row: interleaving long and short rows evens the slices.
    List<Integer> rows = new ArrayList<>(sample.size());
    for (int lo = 0, hi = sample.size() - 1; lo <= hi; lo++, hi--) {
      rows.add(lo);
      if (lo != hi) {
        rows.add(hi);
      }
    }
    Map<LevelPattern, Long> out = new TreeMap<>();
    jsc.parallelize(rows, Math.max(1, jsc.defaultParallelism()))
        .mapPartitionsToPair(new CompareSampledPairs(comparer, shared))
        .reduceByKey(Long::sum)
        .collect()
        .forEach(t -> out.put(t._1(), t._2()));
    shared.destroy();
    return out;
  }

  private static long lap(Map<String, Long> timings, String stage, long since) {
    long now = System.nanoTime();
    timings.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
