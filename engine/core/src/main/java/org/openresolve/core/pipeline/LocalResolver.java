package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openresolve.core.blocking.SkipConditions;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.entity.CodePointOrder;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairFactors;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.TermFrequencies;
import org.openresolve.core.scoring.WeightHistogram;
import org.openresolve.model.Judgement;
import org.openresolve.model.PersonRecord;

/**
 * Resolves a list of records in one process with the steps the Spark job runs partition by
 * partition: records numbered in key order, block sizes and limits, the keys each record may pair
 * on, the pairs of each block ({@code skip_when}, comparison, term counts), training (u from the
 * same sample of random pairs, m by EM per rule) or a frozen model, decisions (thresholds, grading,
 * judgements), connected components of the links clustered under the guards, and entity ids. For
 * inputs that fit in memory; the same input gives the same decisions and entities either way.
 */
public final class LocalResolver {
  private final RuleSet rules;
  private final ModelParameters frozenModel;
  private final Judgements judgements;

  /**
   * @param frozenModel a model to apply instead of training one, or null to train
   * @param judgements analysts' SAME / DIFFERENT decisions
   */
  public LocalResolver(RuleSet rules, ModelParameters frozenModel, List<Judgement> judgements) {
    this.rules = requireNonNull(rules, "rules is null");
    this.frozenModel = frozenModel;
    this.judgements = new Judgements(judgements);
    if (frozenModel != null) {
      frozenModel.requireFits(rules);
    }
  }

  public LocalResolution resolve(List<PersonRecord> input) {
    List<PersonRecord> records = new ArrayList<>(input);
    records.sort(
        Comparator.comparing((PersonRecord r) -> r.key().source(), CodePointOrder.INSTANCE)
            .thenComparing(r -> r.key().recordId(), CodePointOrder.INSTANCE));
    PreparedRecord.Preparation preparation = new PreparedRecord.Preparation(rules);
    List<PreparedRecord> prepared = records.stream().map(preparation::of).toList();
    List<KeyedRecord> keyed = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      keyed.add(
          new KeyedRecord(
              records.get(i).key().source(), records.get(i).key().recordId(), prepared.get(i)));
    }
    return resolve(records, keyed);
  }

  /**
   * Resolves records prepared already, as ingest prepares them, in any order. The resolution holds
   * no {@link PersonRecord}s: its {@code records} is empty.
   */
  public LocalResolution resolvePrepared(List<KeyedRecord> input) {
    List<KeyedRecord> sorted = new ArrayList<>(input);
    sorted.sort(
        Comparator.comparing(KeyedRecord::source, CodePointOrder.INSTANCE)
            .thenComparing(KeyedRecord::recordId, CodePointOrder.INSTANCE));
    return resolve(List.of(), sorted);
  }

  /** A prepared record with its source and record id, which the node order follows. */
  public record KeyedRecord(String source, String recordId, PreparedRecord prepared) {
    public KeyedRecord {
      requireNonNull(source, "source is null");
      requireNonNull(recordId, "recordId is null");
      requireNonNull(prepared, "prepared is null");
    }
  }

  /**
   * @param keys the records in node order (source, then record id)
   */
  private LocalResolution resolve(List<PersonRecord> records, List<KeyedRecord> keys) {
    List<PreparedRecord> prepared = keys.stream().map(KeyedRecord::prepared).toList();
    int n = prepared.size();
    List<MatchView> views = prepared.stream().map(PreparedRecord::view).toList();

    Map<String, Long> sizes = new HashMap<>();
    prepared.forEach(p -> p.blockKeys().forEach(k -> sizes.merge(k, 1L, Long::sum)));
    BlockLimits limits = BlockLimits.of(rules);
    Set<String> oversize = new HashSet<>();
    sizes.forEach(
        (key, size) -> {
          if (limits.isOversize(key, size)) {
            oversize.add(key);
          }
        });
    BlockCensus census = new BlockCensus(limits, oversize);
    sizes.forEach(
        (key, size) -> {
          if (size >= 2) {
            census.add(key, size);
          }
        });
    BlockKeys blockKeys = new BlockKeys(rules);
    List<BlockEntry> entries = new ArrayList<>();
    for (int node = 0; node < n; node++) {
      PreparedRecord p = prepared.get(node);
      long[] codes =
          blockKeys.codesOf(p.blockKeys(), BlockLimits.pairable(k -> sizes.get(k) >= 2, oversize));
      for (long code : codes) {
        entries.add(new BlockEntry(code, node, p.view(), p.lowGrade(), codes));
      }
    }
    entries.sort(Comparator.comparingLong(BlockEntry::block).thenComparingLong(BlockEntry::node));

    Map<String, Long> termCounts = new TermCounting(rules).count(views);
    TermCounts counts = termCounts.isEmpty() ? null : new TermCounts(rules, termCounts, n);
    PairComparer comparer = new PairComparer(rules);
    PairComparison comparison = new PairComparison(comparer, new SkipConditions(rules), counts);
    List<LocalResolution.SkippedPair> skipped = new ArrayList<>();
    List<ComparedPair> compared = new ArrayList<>();
    comparison
        .ofBlocks(
            entries.iterator(),
            (l, r, mask) -> skipped.add(new LocalResolution.SkippedPair(l, r, mask)))
        .forEachRemaining(compared::add);
    BlockStats stats = census.stats().withPairsSkippedByCondition(skipped.size());

    ModelParameters model =
        frozenModel != null ? frozenModel : train(keys, views, compared, comparer, n);
    TermFrequencies tf = counts == null ? null : new TermFrequencies(rules, model, counts);
    if (frozenModel == null && PairFactors.apply(rules, counts)) {
      PairFactors factors =
          WeighedPrior.count(
              compared.stream().map(ComparedPair::lean).iterator(), rules, model, tf);
      model = factors.reestimated(model, WeighedPrior.possiblePairs(n));
      tf = new TermFrequencies(rules, model, counts);
    }
    PairDecider decider = new PairDecider(rules, model, tf);

    Map<NodePair, LocalResolution.DecidedPair> decided = new LinkedHashMap<>();
    WeightHistogram weights = new WeightHistogram();
    for (ComparedPair p : compared) {
      Decision d = decider.decide(p.lean());
      weights.add(d.matchWeight());
      decided.put(new NodePair(p.left(), p.right()), new LocalResolution.DecidedPair(p, d));
    }
    Judgements.Resolved judged = judge(views, comparer, decider);
    for (Judgements.JudgedLink j : judged.same()) {
      NodePair pair = new NodePair(j.left().node(), j.right().node());
      ComparedPair p =
          new ComparedPair(pair.left(), pair.right(), 0, j.vector(), null, false, false);
      decided.remove(pair);
      decided.put(pair, new LocalResolution.DecidedPair(p, j.decision()));
    }
    Map<Long, String> entityOf = cluster(views, decided, judged.different());
    Map<String, String> membership = new LinkedHashMap<>();
    for (int node = 0; node < n; node++) {
      String key = views.get(node).key();
      membership.put(key, entityOf.getOrDefault((long) node, EntityId.derive(key)));
    }
    return new LocalResolution(
        records,
        views,
        model,
        frozenModel == null,
        stats,
        List.copyOf(decided.values()),
        skipped,
        membership,
        judged.unknown(),
        termCounts,
        compared.size(),
        weights);
  }

  private ModelParameters train(
      List<KeyedRecord> keys,
      List<MatchView> views,
      List<ComparedPair> compared,
      PairComparer comparer,
      int n) {
    TrainingCounts training = new TrainingCounts(rules);
    Map<LevelPattern, Map<Long, Long>> grouped = new TreeMap<>();
    for (ComparedPair p : compared) {
      grouped
          .computeIfAbsent(p.vector().pattern(), k -> new TreeMap<>())
          .merge(p.rules(), 1L, Long::sum);
    }
    grouped.forEach(
        (pattern, byMask) -> byMask.forEach((mask, count) -> training.add(mask, pattern, count)));
    RandomPairs sample = RandomPairs.of(rules, n);
    List<MatchView> sampled = new ArrayList<>();
    for (int node = 0; node < n; node++) {
      if (sample.sampled(keys.get(node).source(), keys.get(node).recordId())) {
        sampled.add(views.get(node));
      }
    }
    return training.train(RandomPairs.patterns(sampled, comparer), n);
  }

  private Judgements.Resolved judge(
      List<MatchView> views, PairComparer comparer, PairDecider decider) {
    if (judgements.isEmpty()) {
      return Judgements.Resolved.NONE;
    }
    Set<String> named = judgements.keys();
    Map<String, Judgements.JudgedRecord> byKey = new HashMap<>();
    for (int node = 0; node < views.size(); node++) {
      if (named.contains(views.get(node).key())) {
        byKey.put(views.get(node).key(), new Judgements.JudgedRecord(node, views.get(node)));
      }
    }
    return judgements.resolve(byKey, comparer, decider.scorer());
  }

  /** Entity ids of the records on links, by node; refused links are marked in {@code decided}. */
  private Map<Long, String> cluster(
      List<MatchView> views,
      Map<NodePair, LocalResolution.DecidedPair> decided,
      Set<NodePair> different) {
    int[] parent = new int[views.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<ComponentClustering.Link> links = new ArrayList<>();
    for (LocalResolution.DecidedPair p : decided.values()) {
      if (p.decision().decision() == PairDecision.LINK) {
        int a = (int) p.pair().left();
        int b = (int) p.pair().right();
        links.add(
            new ComponentClustering.Link(
                a, b, p.decision().matchWeight(), p.decision().judgement() != null));
        parent[find(parent, a)] = find(parent, b);
      }
    }
    Map<Integer, List<ComponentClustering.Member>> members = new TreeMap<>();
    Map<Integer, List<ComponentClustering.Link>> linksOf = new HashMap<>();
    for (ComponentClustering.Link l : links) {
      linksOf.computeIfAbsent(find(parent, (int) l.left()), c -> new ArrayList<>()).add(l);
    }
    for (int i = 0; i < views.size(); i++) {
      if (linksOf.containsKey(find(parent, i))) {
        members
            .computeIfAbsent(find(parent, i), c -> new ArrayList<>())
            .add(new ComponentClustering.Member(i, views.get(i)));
      }
    }
    ComponentClustering clustering = new ComponentClustering(rules);
    Map<Long, String> entityOf = new HashMap<>();
    members.forEach(
        (component, of) -> {
          ComponentClustering.Result r = clustering.cluster(of, linksOf.get(component), different);
          entityOf.putAll(r.entityOf());
          for (ComponentClustering.Refusal refusal : r.refused()) {
            LocalResolution.DecidedPair p = decided.get(refusal.pair());
            decided.put(
                refusal.pair(),
                new LocalResolution.DecidedPair(
                    p.compared(), p.decision().refused(refusal.reason())));
          }
        });
    return entityOf;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
