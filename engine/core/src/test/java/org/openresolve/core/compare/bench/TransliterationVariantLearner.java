package org.openresolve.core.compare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.normalise.NameNormaliser;

/**
 * Learns {@code transliteration-variants.tsv}, the cheap spelling changes of the TRANSLITERATION
 * comparison level, from the training splits of the name transliteration data set (never the test
 * files). Run by hand after {@code mvn -pl engine/core test-compile}; it rewrites the resource:
 *
 * <pre>
 * java -cp engine/core/target/test-classes:engine/core/target/classes:$(cat /tmp/cp.txt) \
 *     org.openresolve.core.compare.bench.TransliterationVariantLearner
 * </pre>
 *
 * <p>Both sides of each row are folded by the engine's {@link NameNormaliser#fold} (the native side
 * is transliterated on the way) and their words joined. Then, twice: align every pair by the
 * cheapest edit script (unit costs the first time, the table so far the second), cut out each run
 * of differing letters as a change ("dzh" for "j"; a lone insertion or deletion takes the next
 * letter along, so "kh" for "h" rather than "k" for nothing), and count. A change seen at least
 * {@value #MIN_COUNT} times is kept, at the cost 1 minus the share of its segment's occurrences, on
 * the side where that share is larger, that take the change: "kh" is nearly always written "h" in
 * the other spelling and costs little, "a" is seldom written "o" and costs nearly a full edit. The
 * table depends on the folding: learn it again when the transliteration of a script changes.
 */
public final class TransliterationVariantLearner {
  static final int MIN_COUNT = 10;
  static final int ITERATIONS = 2;
  static final int MAX_SEGMENT = 4;
  static final double MIN_COST = 0.05;
  static final double MAX_COST = 0.95;

  private static final String TABLE =
      "engine/core/src/main/resources/org/openresolve/core/compare/transliteration-variants.tsv";
  private static final String RUSSIAN_TRAIN = "wikidata_russian_tokens_slice80.csv";
  private static final String ARABIC_TRAIN = "google_ar2en_train.csv";

  private record Pair(String a, String b) {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Path data = root.resolveSibling("shared/datasets/name_transliteration");
    NameNormaliser normaliser = new NameNormaliser();
    List<Pair> pairs = new ArrayList<>(read(data.resolve(RUSSIAN_TRAIN), 1, 0, normaliser));
    pairs.addAll(read(data.resolve(ARABIC_TRAIN), 0, 1, normaliser));
    Map<String, Integer> occurrencesA = occurrences(pairs, true);
    Map<String, Integer> occurrencesB = occurrences(pairs, false);
    Map<String, Map<String, Double>> table = Map.of();
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      Map<String, Integer> counts = new HashMap<>();
      for (Pair p : pairs) {
        countChanges(p.a(), p.b(), table, counts);
      }
      table = keep(counts, occurrencesA, occurrencesB);
    }
    write(root.resolve(TABLE), table, pairs.size());
  }

  private static Map<String, Map<String, Double>> keep(
      Map<String, Integer> counts,
      Map<String, Integer> occurrencesA,
      Map<String, Integer> occurrencesB) {
    Map<String, Map<String, Double>> table = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() < MIN_COUNT) {
        continue;
      }
      String[] change = e.getKey().split("\t");
      double share =
          Math.max(
              (double) e.getValue() / occurrencesA.getOrDefault(change[0], 1),
              (double) e.getValue() / occurrencesB.getOrDefault(change[1], 1));
      double cost = Math.max(MIN_COST, Math.min(MAX_COST, 1 - Math.min(1, share)));
      table.computeIfAbsent(change[0], k -> new HashMap<>()).merge(change[1], cost, Math::min);
      table.computeIfAbsent(change[1], k -> new HashMap<>()).merge(change[0], cost, Math::min);
    }
    return table;
  }

  /** Aligns a and b at least cost under {@code table} and counts each run of differing letters. */
  private static void countChanges(
      String a, String b, Map<String, Map<String, Double>> table, Map<String, Integer> counts) {
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    int[][] backI = new int[n + 1][m + 1];
    int[][] backJ = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.MAX_VALUE;
        int[] from = null;
        if (i > 0 && j > 0) {
          best = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
          from = new int[] {i - 1, j - 1};
        }
        if (i > 0 && d[i - 1][j] + 1 < best) {
          best = d[i - 1][j] + 1;
          from = new int[] {i - 1, j};
        }
        if (j > 0 && d[i][j - 1] + 1 < best) {
          best = d[i][j - 1] + 1;
          from = new int[] {i, j - 1};
        }
        for (int len = 1; len <= Math.min(MAX_SEGMENT, i); len++) {
          for (Map.Entry<String, Double> c :
              table.getOrDefault(a.substring(i - len, i), Map.of()).entrySet()) {
            int start = j - c.getKey().length();
            if (start >= 0
                && b.startsWith(c.getKey(), start)
                && d[i - len][start] + c.getValue() < best) {
              best = d[i - len][start] + c.getValue();
              from = new int[] {i - len, start};
            }
          }
        }
        d[i][j] = best;
        backI[i][j] = from[0];
        backJ[i][j] = from[1];
      }
    }
    List<int[]> steps = new ArrayList<>();
    for (int i = n, j = m; i > 0 || j > 0; ) {
      int pi = backI[i][j];
      int pj = backJ[i][j];
      steps.add(new int[] {pi, pj, i, j});
      i = pi;
      j = pj;
    }
    Collections.reverse(steps);
    for (int k = 0; k < steps.size(); ) {
      if (isMatch(steps.get(k), a, b)) {
        k++;
        continue;
      }
      int i0 = steps.get(k)[0];
      int j0 = steps.get(k)[1];
      int i1 = steps.get(k)[2];
      int j1 = steps.get(k)[3];
      for (k++; k < steps.size() && !isMatch(steps.get(k), a, b); k++) {
        i1 = steps.get(k)[2];
        j1 = steps.get(k)[3];
      }
      if (i0 == i1 || j0 == j1) {
        if (i1 < n && j1 < m) {
          i1++;
          j1++;
        } else if (i0 > 0 && j0 > 0) {
          i0--;
          j0--;
        }
      }
      String from = a.substring(i0, i1);
      String to = b.substring(j0, j1);
      if (!from.isEmpty()
          && !to.isEmpty()
          && from.length() <= MAX_SEGMENT
          && to.length() <= MAX_SEGMENT) {
        counts.merge(from + "\t" + to, 1, Integer::sum);
      }
    }
  }

  private static boolean isMatch(int[] step, String a, String b) {
    return step[2] - step[0] == 1
        && step[3] - step[1] == 1
        && a.charAt(step[0]) == b.charAt(step[1]);
  }

  private static Map<String, Integer> occurrences(List<Pair> pairs, boolean sideA) {
    Map<String, Integer> occurrences = new HashMap<>();
    for (Pair p : pairs) {
      String s = sideA ? p.a() : p.b();
      for (int i = 0; i < s.length(); i++) {
        for (int len = 1; len <= MAX_SEGMENT && i + len <= s.length(); len++) {
          occurrences.merge(s.substring(i, i + len), 1, Integer::sum);
        }
      }
    }
    return occurrences;
  }

  private static List<Pair> read(
      Path file, int nativeColumn, int latinColumn, NameNormaliser normaliser) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Pair> pairs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      String a = normaliser.fold(fields[nativeColumn]).replace(" ", "");
      String b = normaliser.fold(fields[latinColumn]).replace(" ", "");
      if (!a.isEmpty() && !b.isEmpty()) {
        pairs.add(new Pair(a, b));
      }
    }
    return pairs;
  }

  /** Each unordered change once, the smaller segment first, sorted. */
  private static void write(Path file, Map<String, Map<String, Double>> table, int pairs)
      throws IOException {
    Map<String, Double> rows = new TreeMap<>();
    table.forEach(
        (from, changes) ->
            changes.forEach(
                (to, cost) -> {
                  String key = from.compareTo(to) <= 0 ? from + "\t" + to : to + "\t" + from;
                  rows.merge(key, cost, Math::min);
                }));
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Spelling changes between Latin renderings of one name, with their cost in an edit distance");
    lines.add(
        "# where any other one-letter edit costs 1 (see Transliteration.java). Both ways; segment<TAB>");
    lines.add("# segment<TAB>cost.");
    lines.add("#");
    lines.add(
        "# Learned by TransliterationVariantLearner (engine/core/src/test/.../compare/bench) from");
    lines.add(
        String.format(
            Locale.ROOT,
            "# %d name pairs, both sides folded by the engine's NameNormaliser:",
            pairs));
    lines.add("#   - " + RUSSIAN_TRAIN + ": Wikidata person-name tokens in Latin and Cyrillic,");
    lines.add(
        "#     the training 80 % of Merhav & Ash (COLING 2018), GitHub steveash/NETransliteration-COLING2018,");
    lines.add("#     data licensed CC0 1.0;");
    lines.add("#   - " + ARABIC_TRAIN + ": Arabic-English name pairs mined from Wikipedia, GitHub");
    lines.add(
        "#     google/transliteration (ar2en-train.txt), Copyright Google, Apache License 2.0.");
    lines.add(
        "# This table is a derived statistic of those data, distributed under the Apache License 2.0.");
    lines.add(
        String.format(
            Locale.ROOT,
            "# Kept: changes seen at least %d times; cost 1 minus the share of the segment's occurrences that take the change.",
            MIN_COUNT));
    rows.forEach((key, cost) -> lines.add(key + "\t" + String.format(Locale.ROOT, "%.2f", cost)));
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.out.println(rows.size() + " changes written to " + file);
  }

  private TransliterationVariantLearner() {}
}
