package org.openresolve.core.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;

/**
 * Blocking, comparison, training and scoring of a small input in one process, the way the Spark job
 * chains the same core calls; lets tests check the whole chain without Spark.
 */
final class InMemoryResolution {
  final List<MatchView> views;
  final List<long[]> candidates = new ArrayList<>();
  final List<ComparisonVector> vectors = new ArrayList<>();
  final ModelParameters model;
  final MatchScorer scorer;
  int oversizeBlocks;

  InMemoryResolution(RuleSet rules, List<PersonRecord> records) {
    views = records.stream().map(MatchView::of).toList();
    long n = views.size();
    TreeMap<Long, Set<String>> pairs = new TreeMap<>();
    for (BlockingRule rule : BlockingRule.of(rules)) {
      Map<String, List<Integer>> blocks = new LinkedHashMap<>();
      for (int i = 0; i < views.size(); i++) {
        for (String key : rule.keys(views.get(i))) {
          blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> block : blocks.values()) {
        if (block.size() > rules.blocking().maxBlockSize()) {
          oversizeBlocks++;
          continue;
        }
        for (int x = 0; x < block.size(); x++) {
          for (int y = x + 1; y < block.size(); y++) {
            pairs.computeIfAbsent(block.get(x) * n + block.get(y), k -> new TreeSet<>()).add(rule.id());
          }
        }
      }
    }
    PairComparer comparer = new PairComparer(rules);
    Map<LevelPattern, Long> candidatePatterns = new HashMap<>();
    Map<String, Map<LevelPattern, Long>> byRule = new HashMap<>();
    for (Map.Entry<Long, Set<String>> pair : pairs.entrySet()) {
      int i = (int) (pair.getKey() / n);
      int j = (int) (pair.getKey() % n);
      ComparisonVector v = comparer.compare(views.get(i), views.get(j));
      candidates.add(new long[] {i, j});
      vectors.add(v);
      candidatePatterns.merge(v.pattern(), 1L, Long::sum);
      for (String rule : pair.getValue()) {
        byRule.computeIfAbsent(rule, r -> new HashMap<>()).merge(v.pattern(), 1L, Long::sum);
      }
    }
    long possible = n * (n - 1) / 2;
    Map<LevelPattern, Long> randomPatterns = new TreeMap<>();
    if (possible <= rules.model().randomPairs()) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          randomPatterns.merge(comparer.compare(views.get(i), views.get(j)).pattern(), 1L, Long::sum);
        }
      }
    } else {
      Random random = new Random(42);
      for (long s = 0; s < rules.model().randomPairs(); s++) {
        int i = random.nextInt((int) n);
        int j = random.nextInt((int) n - 1);
        j = j >= i ? j + 1 : j;
        randomPatterns.merge(comparer.compare(views.get(i), views.get(j)).pattern(), 1L, Long::sum);
      }
    }
    model = ModelTrainer.train(rules, randomPatterns, byRule, candidatePatterns, possible);
    scorer = new MatchScorer(model, rules);
  }

  String key(long[] pair, int side) {
    return views.get((int) pair[side]).key();
  }

  /** The match probability of a candidate pair by record keys, or empty when blocking did not pair them. */
  java.util.OptionalDouble probability(String a, String b) {
    for (int i = 0; i < candidates.size(); i++) {
      String x = key(candidates.get(i), 0);
      String y = key(candidates.get(i), 1);
      if (x.equals(a) && y.equals(b) || x.equals(b) && y.equals(a)) {
        return java.util.OptionalDouble.of(scorer.score(vectors.get(i)).probability());
      }
    }
    return java.util.OptionalDouble.empty();
  }
}
