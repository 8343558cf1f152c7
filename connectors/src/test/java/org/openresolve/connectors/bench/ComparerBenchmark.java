package org.openresolve.connectors.bench;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.SourceKind;

/**
 * How long the comparer takes per blocked pair, on one thread and without Spark, so a change to a
 * comparison can be timed on its own. Reads source files as {@code er resolve} would, builds the
 * blocks of a rule set in memory (per-rule size limits kept, each pair once, {@code skip_when}
 * ignored), takes the first PAIRS pairs in block order (as the Spark job meets them, so the
 * comparer's per-thread memory of recent names works as it does there) and compares them REPEATS
 * times (default 3; the first includes the JIT's warm-up). Prints the thread CPU per pair of each
 * repeat and a checksum of every level, which must not move when a change is meant to keep
 * behaviour. With {@code -Dfresh=true} each block's views are decoded anew from their binary form
 * when the block starts, as the Spark job does (so no two blocks share a string instance, and the
 * decoding is timed too).
 *
 * <pre>
 * mvn -q -DskipTests install
 * mvn -q -f connectors/pom.xml dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx8g -cp connectors/target/test-classes:connectors/target/classes:$(cat /tmp/cp.txt) \
 *   org.openresolve.connectors.bench.ComparerBenchmark rules/default/ruleset.yaml 3000000 \
 *   CRIMINAL_RECORDS=DATA/criminal_records.csv INTELLIGENCE_REPORTS=DATA/intelligence_reports.jsonl \
 *   OPEN_WEB=DATA/open_web.jsonl
 * </pre>
 */
public final class ComparerBenchmark {
  private ComparerBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ComparerBenchmark RULES PAIRS KIND=PATH... (-Drepeats=N)");
      System.exit(2);
    }
    RuleSet rules = RuleSet.load(Path.of(args[0]));
    int limit = Integer.parseInt(args[1]);
    List<MatchView> views = new ArrayList<>();
    for (int k = 2; k < args.length; k++) {
      String[] source = args[k].split("=", 2);
      ConnectorSettings settings =
          new ConnectorSettings(
              "s" + k,
              SourceKind.valueOf(source[0]),
              source[1],
              null,
              null,
              ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
              Instant.now());
      try (InputStream in = new BufferedInputStream(new FileInputStream(source[1]));
          SourceReader reader = Connectors.open(settings, in)) {
        while (reader.hasNext()) {
          if (reader.next() instanceof RowResult.Accepted accepted) {
            for (PersonRecord r : accepted.records()) {
              views.add(MatchView.of(r));
            }
          }
        }
      }
    }
    List<int[]> pairs = blockedPairs(rules, views, limit);
    System.out.printf("%d views, %d pairs%n", views.size(), pairs.size());
    boolean fresh = Boolean.getBoolean("fresh");
    List<byte[]> encoded = new ArrayList<>();
    if (fresh) {
      views.forEach(v -> encoded.add(MatchViewCodec.encode(v)));
    }
    PairComparer comparer = new PairComparer(rules);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int repeat = 0; repeat < Integer.getInteger("repeats", 3); repeat++) {
      long started = threads.getCurrentThreadCpuTime();
      long checksum = 0;
      Map<Integer, MatchView> block = new HashMap<>();
      int blockId = -1;
      for (int[] p : pairs) {
        MatchView a = views.get(p[0]);
        MatchView b = views.get(p[1]);
        if (fresh) {
          if (p[2] != blockId) {
            block.clear();
            blockId = p[2];
          }
          a = block.computeIfAbsent(p[0], i -> MatchViewCodec.decode(encoded.get(i)));
          b = block.computeIfAbsent(p[1], i -> MatchViewCodec.decode(encoded.get(i)));
        }
        ComparisonVector v = comparer.compare(a, b);
        for (int c = 0; c < v.size(); c++) {
          checksum = checksum * 31 + v.level(c);
        }
      }
      double micros =
          (threads.getCurrentThreadCpuTime() - started) / 1e3 / Math.max(1, pairs.size());
      System.out.printf(
          "repeat %d: %.2f us per pair (thread CPU), level checksum %d%n",
          repeat + 1, micros, checksum);
    }
  }

  /**
   * Every pair of every block within its rule's size limit, each once, block by block, up to {@code
   * limit}: the two view indexes and the block's number.
   */
  private static List<int[]> blockedPairs(RuleSet rules, List<MatchView> views, int limit) {
    Map<String, Integer> maxSize = new HashMap<>();
    for (BlockingRuleSpec spec : rules.blocking().rules()) {
      maxSize.put(spec.id(), rules.blocking().maxBlockSizeOf(spec));
    }
    // Insertion-ordered by first key seen, so the order (and the checksum) is the same every run.
    Map<String, List<Integer>> blocks = new java.util.LinkedHashMap<>();
    List<BlockingRule> blocking = BlockingRule.of(rules);
    for (int i = 0; i < views.size(); i++) {
      for (BlockingRule rule : blocking) {
        for (String key : rule.keys(views.get(i))) {
          blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    int number = 0;
    List<Map.Entry<String, List<Integer>>> order = new ArrayList<>(blocks.entrySet());
    String blockOrder = System.getProperty("order", "first");
    if (blockOrder.equals("hash")) {
      order.sort(
          java.util.Comparator.comparingLong(
              e ->
                  org.apache.commons.codec.digest.MurmurHash3.hash128x64(
                      e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8))[0]));
    } else if (blockOrder.equals("key")) {
      order.sort(Map.Entry.comparingByKey());
    }
    for (Map.Entry<String, List<Integer>> block : order) {
      number++;
      String rule = block.getKey().substring(0, block.getKey().indexOf(':'));
      List<Integer> members = block.getValue();
      if (members.size() > maxSize.getOrDefault(rule, rules.blocking().maxBlockSize())) {
        continue;
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          if (pairs.size() >= limit) {
            return pairs;
          }
          int a = Math.min(members.get(x), members.get(y));
          int b = Math.max(members.get(x), members.get(y));
          if (a != b && seen.add(((long) a << 32) | b)) {
            pairs.add(new int[] {a, b, number});
          }
        }
      }
    }
    return pairs;
  }
}
