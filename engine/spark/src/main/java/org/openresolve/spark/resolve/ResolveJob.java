package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;
import org.apache.spark.util.LongAccumulator;
import org.openresolve.core.blocking.SkipConditions;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.ModelTrainer;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.SharedValues;
import org.openresolve.core.scoring.TermFrequencies;
import org.openresolve.core.rules.PersonField;
import org.openresolve.spark.ingest.RecordDerivation;
import org.openresolve.core.cluster.RecordConflicts;
import org.openresolve.model.Judgement;
import org.openresolve.spark.cluster.ConnectedComponents;

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
  private static final int LARGEST_BLOCKS_REPORTED = 10;
  private static final String RULE = "_rule";
  private static final String LIMIT = "_limit";

  private final SparkSession spark;
  private final RuleSet rules;
  private final ModelParameters frozenModel;
  private final List<Judgement> judgements;

  /** @param frozenModel a model to apply instead of training one, or null to train */
  public ResolveJob(SparkSession spark, RuleSet rules, ModelParameters frozenModel) {
    this(spark, rules, frozenModel, List.of());
  }

  /**
   * @param frozenModel a model to apply instead of training one, or null to train
   * @param judgements analysts' SAME / DIFFERENT decisions, which clustering obeys
   */
  public ResolveJob(SparkSession spark, RuleSet rules, ModelParameters frozenModel, List<Judgement> judgements) {
    this.spark = requireNonNull(spark, "spark is null");
    this.rules = requireNonNull(rules, "rules is null");
    this.frozenModel = frozenModel;
    this.judgements = List.copyOf(judgements);
    if (frozenModel != null) {
      frozenModel.requireFits(rules);
    }
  }

  /** Resolves the records of a {@code records/} table, building their views from its rows. */
  public ResolveResult run(Dataset<Row> records) {
    // Views cached before they are numbered: the sort that numbers them samples its input first,
    // and would otherwise build every view twice.
    Dataset<Row> unnumbered = unnumberedViews(records).persist(StorageLevel.MEMORY_AND_DISK());
    return run(records, unnumbered, unnumbered::unpersist);
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
   */
  public ResolveResult run(Dataset<Row> records, Dataset<Row> unnumbered, Runnable viewsNumbered) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    Dataset<Row> views = numbered(unnumbered).persist(StorageLevel.MEMORY_AND_DISK());
    long n = views.count();
    viewsNumbered.run();
    long t1 = lap(timings, "match_views", t0);

    // Block sizes from the keys alone; only keys of blocks that can yield pairs let a record's
    // view through to the one shuffle that gathers blocks.
    Dataset<Row> sizes =
        views.select(explode(col(ViewRows.BLOCK_KEYS)).as(ViewRows.BLOCK_KEY)).groupBy(ViewRows.BLOCK_KEY).count()
            .filter(col("count").geq(2))
            .withColumn(RULE, functions.substring_index(col(ViewRows.BLOCK_KEY), ":", 1))
            .withColumn(LIMIT, blockLimit())
            .persist(StorageLevel.MEMORY_AND_DISK());
    int max = rules.blocking().maxBlockSize();
    List<BlockStats.Block> oversizeBlocks = new ArrayList<>();
    Set<String> oversize = new HashSet<>();
    for (Row r : sizes.filter(col("count").gt(col(LIMIT))).orderBy(ViewRows.BLOCK_KEY).collectAsList()) {
      oversize.add(r.getString(0));
      oversizeBlocks.add(new BlockStats.Block(r.getString(0), r.getLong(1)));
    }
    BlockStats stats = blockStats(sizes, max, oversizeBlocks);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Set<String>> skipped = jsc.broadcast(oversize);
    Broadcast<BloomFilter> pairing = jsc.broadcast(pairingKeys(sizes, stats));
    PairComparer comparer = new PairComparer(rules);
    LongAccumulator skippedPairs = spark.sparkContext().longAccumulator("pairs skipped by skip_when");
    // Counted before blocking: they need no model, and a pair carries the counts, not the names.
    Map<String, Long> termCounts = termCounts(views);
    TermCounts counts = termCounts.isEmpty() ? null : new TermCounts(rules, termCounts, n);
    Broadcast<TermCounts> countsShared = counts == null ? null : jsc.broadcast(counts);
    Dataset<Row> pairs =
        views
            .select(col(ViewRows.NODE), col(ViewRows.VIEW), col(ViewRows.BLOCK_KEYS))
            .flatMap(new PairingKeys(pairing, skipped, CandidatePairs.ruleBits(rules)), Encoders.row(PairingKeys.SCHEMA))
            .repartition(col(PairingKeys.BLOCK))
            .sortWithinPartitions(PairingKeys.BLOCK, ViewRows.NODE)
            .mapPartitions(
                new CompareBlocks(comparer, countsShared, new SkipConditions(rules), skippedPairs),
                Encoders.row(CandidatePairs.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long candidatePairs = pairs.count();
    // Read once the pairs are cached: the count ran every block exactly once.
    stats = stats.withPairsSkippedByCondition(skippedPairs.value());
    sizes.unpersist();
    long t2 = lap(timings, "blocking_and_comparison", t1);

    ModelParameters model = frozenModel != null ? frozenModel : train(views, pairs, n, comparer);
    long t3 = lap(timings, frozenModel != null ? "model_loaded" : "training", t2);

    MatchScorer scorer = new MatchScorer(model, rules);
    TermFrequencies tf = counts == null ? null : new TermFrequencies(rules, model, counts);
    Dataset<Row> decidedPairs =
        describe(pairs.mapPartitions(new ScorePairs(scorer, rules.thresholds(), tf), Encoders.row(ScorePairs.DECIDED)), views, comparer, scorer, tf);
    Dataset<Row> graded = LinkPolicies.grade(decidedPairs, records, views, rules.grading());
    LinkPolicies.Resolved judged = LinkPolicies.resolve(spark, views, judgements, rules, scorer);
    Dataset<Row> scored = LinkPolicies.withJudgedLinks(spark, graded, judged.same()).persist(StorageLevel.MEMORY_AND_DISK());
    Row decisions =
        scored.agg(
                sum(when(col(ScorePairs.DECISION).equalTo("LINK"), 1).otherwise(0)),
                sum(when(col(ScorePairs.DECISION).equalTo("REVIEW"), 1).otherwise(0)))
            .first();
    long links = decisions.isNullAt(0) ? 0 : decisions.getLong(0);
    long review = decisions.isNullAt(1) ? 0 : decisions.getLong(1);
    pairs.unpersist();
    long t4 = lap(timings, "scoring", t3);

    ConnectedComponents.Result cc =
        ConnectedComponents.of(
            scored
                .filter(col(ScorePairs.DECISION).equalTo("LINK"))
                .select(col(PairRows.NODE_L).as(ConnectedComponents.SRC), col(PairRows.NODE_R).as(ConnectedComponents.DST)),
            links,
            ConnectedComponents.ONE_TASK_EDGES);
    // Guards and DIFFERENT judgements may split a component: the weakest joining link is refused.
    ComponentGuards.Result guarded =
        ComponentGuards.refine(
            spark,
            views,
            cc.components(),
            scored
                .filter(col(ScorePairs.DECISION).equalTo("LINK"))
                .select(col(PairRows.NODE_L).as("node_l"), col(PairRows.NODE_R).as("node_r"),
                    col(ScorePairs.MATCH_WEIGHT).as("weight"), col(LinkPolicies.JUDGEMENT).isNotNull().as("judged")),
            new RecordConflicts(rules.guards().exclusiveTypeNames(), rules.guards().maxBirthYearGap()),
            judged.differentPairs());
    Dataset<Row> refusedPairs = guarded.refused().persist(StorageLevel.MEMORY_AND_DISK());
    long refused = refusedPairs.count();
    Dataset<Row> decided =
        scored
            .join(refusedPairs.withColumnRenamed("node_l", PairRows.NODE_L).withColumnRenamed("node_r", PairRows.NODE_R),
                new String[] {PairRows.NODE_L, PairRows.NODE_R}, "left")
            .withColumn(ScorePairs.DECISION, when(col("reason").isNotNull(), lit("REFUSED")).otherwise(col(ScorePairs.DECISION)))
            .withColumnRenamed("reason", LinkPolicies.REFUSAL)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> membership = membership(views, guarded.components()).persist(StorageLevel.MEMORY_AND_DISK());
    // Materialised while the views and scores they were computed from are still cached: node ids
    // come from a range sort whose bounds are sampled, so a recomputation could number anew.
    decided.count();
    Map<Long, Long> entitySizes = new TreeMap<>();
    long entities = 0;
    for (Row r : membership.groupBy(ENTITY_ID).count().groupBy("count").count().collectAsList()) {
      entitySizes.put(r.getLong(0), r.getLong(1));
      entities += r.getLong(1);
    }
    views.unpersist();
    lap(timings, "clustering", t4);
    scored.unpersist();
    refusedPairs.unpersist();
    return new ResolveResult(
        decided, membership, model, frozenModel == null, stats, n, candidatePairs, links - refused, review, refused,
        judged.unknown(), entities, entitySizes, cc.rounds(), timings, termCounts);
  }

  /**
   * How many records hold each name value, how many people each full name (distinct birth years)
   * and each value of a comparison with a {@code shared_value} limit ({@link SharedValues#people}),
   * from one shuffle of the views' observations, sorted by value and counted run by run ({@link
   * CountTerms}). Only the count of each value held by two or more reaches the driver, not the
   * records.
   */
  private Map<String, Long> termCounts(Dataset<Row> views) {
    List<PersonField> shared =
        rules.comparisons().stream().filter(c -> c.sharedValue() != null).map(c -> c.field()).distinct().toList();
    if (rules.comparisons().stream().noneMatch(c -> c.termFrequency()) && shared.isEmpty()) {
      return Map.of();
    }
    boolean fullNames = rules.model().fullNameTermFrequency();
    Map<String, Long> counts = new TreeMap<>();
    for (Row r :
        views
            .select(ViewRows.VIEW)
            .flatMap(
                (org.apache.spark.api.java.function.FlatMapFunction<Row, Row>)
                    v -> TermFrequencies.observationsOf(MatchViewCodec.decode((byte[]) v.get(0)), fullNames, shared).stream()
                        .map(o -> org.apache.spark.sql.RowFactory.create(o.key(), o.year(), o.signature()))
                        .iterator(),
                Encoders.row(CountTerms.OBSERVATION))
            .repartition(col(CountTerms.KEY))
            .sortWithinPartitions(CountTerms.KEY)
            .mapPartitions(new CountTerms(), Encoders.row(CountTerms.COUNT))
            .collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }

  /** Every record's match view and blocking keys, built once. */
  private Dataset<Row> unnumberedViews(Dataset<Row> records) {
    Column record = struct(java.util.Arrays.stream(records.columns()).map(functions::col).toArray(Column[]::new));
    return records.select(record.as("_record")).mapPartitions(new BuildViews(rules), Encoders.row(ViewRows.UNNUMBERED));
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
        .select(monotonically_increasing_id().as(ViewRows.NODE), col(ViewRows.SOURCE), col(ViewRows.RECORD_ID), col(ViewRows.VIEW), col(ViewRows.BLOCK_KEYS));
  }

  /**
   * The keys of blocks that can yield pairs (two records or more, not oversize) as a Bloom filter:
   * a few bits per key however many there are. A false positive only lets a record through to a
   * block that then yields nothing, so it costs a little shuffle, never a pair.
   */
  private static BloomFilter pairingKeys(Dataset<Row> sizes, BlockStats stats) {
    long expected = Math.max(1, stats.blocks() - stats.oversizeBlocks());
    return sizes.filter(col("count").leq(col(LIMIT))).stat().bloomFilter(ViewRows.BLOCK_KEY, expected, 0.01);
  }

  /** Each block key's size limit: its rule's own, else the rule set's. */
  private Column blockLimit() {
    Column limit = lit(rules.blocking().maxBlockSize());
    for (var rule : rules.blocking().rules()) {
      if (rule.maxBlockSize() != null) {
        limit = when(col(RULE).equalTo(rule.id()), lit(rule.maxBlockSize())).otherwise(limit);
      }
    }
    return limit;
  }

  private static BlockStats blockStats(Dataset<Row> sizes, int max, List<BlockStats.Block> oversize) {
    List<BlockStats.Block> largest =
        sizes.orderBy(col("count").desc(), col(ViewRows.BLOCK_KEY)).limit(LARGEST_BLOCKS_REPORTED).collectAsList().stream()
            .map(r -> new BlockStats.Block(r.getString(0), r.getLong(1)))
            .toList();
    List<BlockStats.RuleBlocks> byRule = new ArrayList<>();
    for (Row r :
        sizes
            .groupBy(RULE)
            .agg(
                count(lit(1)),
                functions.max(col("count")),
                sum(when(col("count").leq(col(LIMIT)), col("count").multiply(col("count").minus(1)).divide(2)).otherwise(0)).cast(DataTypes.LongType),
                sum(when(col("count").gt(col(LIMIT)), 1).otherwise(0)),
                functions.first(col(LIMIT)))
            .orderBy(RULE)
            .collectAsList()) {
      byRule.add(
          new BlockStats.RuleBlocks(
              r.getString(0), r.getLong(1), r.getLong(2), r.isNullAt(3) ? 0 : r.getLong(3), r.isNullAt(4) ? 0 : r.getLong(4), r.getInt(5)));
    }
    // The totals follow from the per-rule rows and the oversize blocks already listed.
    long blocks = byRule.stream().mapToLong(BlockStats.RuleBlocks::blocks).sum();
    long inOversize = oversize.stream().mapToLong(BlockStats.Block::size).sum();
    return new BlockStats(blocks, oversize.size(), inOversize, max, largest, oversize, byRule, 0);
  }

  private ModelParameters train(Dataset<Row> views, Dataset<Row> pairs, long n, PairComparer comparer) {
    // One aggregation by (rule mask, levels); the driver spreads each count over the mask's rules.
    Map<LevelPattern, Long> candidates = new TreeMap<>();
    Map<String, Map<LevelPattern, Long>> byRule = new TreeMap<>();
    for (Row r : pairs.groupBy(CandidatePairs.RULES, CandidatePairs.LEVELS).count().collectAsList()) {
      LevelPattern pattern = ScorePairs.pattern((byte[]) r.get(1));
      long count = r.getLong(2);
      candidates.merge(pattern, count, Long::sum);
      for (String rule : CandidatePairs.ruleIds(rules, r.getLong(0))) {
        byRule.computeIfAbsent(rule, k -> new TreeMap<>()).merge(pattern, count, Long::sum);
      }
    }
    return ModelTrainer.train(rules, randomPairPatterns(views, n, comparer), byRule, candidates, n * (n - 1) / 2);
  }

  /**
   * Decided pairs in full: each joined with both records' keys and views, compared again for the
   * values and partial weights. A few per record, against the many candidate pairs.
   */
  private Dataset<Row> describe(Dataset<Row> decided, Dataset<Row> views, PairComparer comparer, MatchScorer scorer, TermFrequencies tf) {
    Dataset<Row> left = views.select(col(ViewRows.NODE).as("_n_l"), col(ViewRows.SOURCE).as("_s_l"), col(ViewRows.RECORD_ID).as("_r_l"), col(ViewRows.VIEW).as("_v_l"));
    Dataset<Row> right = views.select(col(ViewRows.NODE).as("_n_r"), col(ViewRows.SOURCE).as("_s_r"), col(ViewRows.RECORD_ID).as("_r_r"), col(ViewRows.VIEW).as("_v_r"));
    return decided
        .join(left, col(PairRows.NODE_L).equalTo(col("_n_l")))
        .join(right, col(PairRows.NODE_R).equalTo(col("_n_r")))
        .select(
            col(PairRows.NODE_L), col(PairRows.NODE_R), col(CandidatePairs.RULES), col(CandidatePairs.LEVELS), col(CandidatePairs.TERM_COUNTS),
            col(ScorePairs.DECISION), col("_s_l"), col("_r_l"), col("_v_l"), col("_s_r"), col("_r_r"), col("_v_r"))
        .mapPartitions(new DescribePairs(comparer, scorer, tf, rules), Encoders.row(ScorePairs.SCHEMA));
  }

  /**
   * Level patterns of about {@code model.random_pairs} random pairs: all pairs among a sample of
   * records chosen by a hash of their key, so the sample does not depend on partitioning. The
   * sample (about sqrt(2 * random_pairs) views, whatever the input size) is broadcast and the
   * pairs are compared where it lands, row by row, so no pair of views is ever shuffled.
   */
  private Map<LevelPattern, Long> randomPairPatterns(Dataset<Row> views, long n, PairComparer comparer) {
    double sampleSize = Math.min(n, Math.ceil(Math.sqrt(2.0 * rules.model().randomPairs())) + 1);
    double fraction = n == 0 ? 0 : sampleSize / n;
    long cut = (long) (fraction * Long.MAX_VALUE);
    List<byte[]> sample = new ArrayList<>();
    for (Row r :
        views
            .filter(functionsAbs(xxhash64(col(ViewRows.SOURCE), col(ViewRows.RECORD_ID), lit("u-sample"))).leq(cut))
            .orderBy(ViewRows.NODE)
            .select(ViewRows.VIEW)
            .collectAsList()) {
      sample.add((byte[]) r.get(0));
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

  /** |h| for a 64-bit hash, with the one value that has no absolute value folded in. */
  private static org.apache.spark.sql.Column functionsAbs(org.apache.spark.sql.Column hash) {
    return when(hash.equalTo(Long.MIN_VALUE), lit(Long.MAX_VALUE)).otherwise(org.apache.spark.sql.functions.abs(hash));
  }

  /**
   * Every record with its entity: the entity of a record with no link is its own. The entity id
   * derives from the entity's smallest record key, so it does not depend on partitioning.
   */
  private static Dataset<Row> membership(Dataset<Row> views, Dataset<Row> components) {
    return EntityIds.membership(views, components);
  }

  private static long lap(Map<String, Long> timings, String stage, long since) {
    long now = System.nanoTime();
    timings.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
