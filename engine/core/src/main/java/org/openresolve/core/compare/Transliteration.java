package org.openresolve.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.memo.RecentAnswers;
import org.openresolve.core.memo.RecentTextPairs;
import org.openresolve.core.normalise.TsvResource;

/**
 * How alike two folded Latin names are once the ways one name is written in different Latin
 * spellings are allowed for: an edit distance in which a change that transliteration makes often
 * costs less than an unrelated one. "dzhena" and "jena" differ by dzh/j, "shtaynkhagen" and
 * "steinhagen" by sht/st, ay/ei and kh/h, "mhmd" and "mohammed" by the short vowels Arabic script
 * leaves out; each such change is cheap, while a change of consonant class costs a full edit.
 *
 * <p>The changes and their costs are the table {@code transliteration-variants.tsv}, learned from
 * name pairs written in Latin and in Cyrillic or Arabic script (its header says from which data and
 * how); one row a change, usable both ways. A standalone Arabic article ("al", "el") is left out
 * and the words of a name are joined, so "al qahtani" meets "qahtani" and "abd al rahman" meets
 * "abdulrahman".
 *
 * <p>Stateless and thread-safe.
 */
final class Transliteration {
  /** Longest segment of one side of a change in the table. */
  static final int MAX_SEGMENT = 4;

  /** A change into the segment with trie id {@code toId}, {@code length} letters long. */
  private record Change(int length, int toId, double cost) {}

  /**
   * The changes of one segment, grouped by the last letter of what they change it to: a change can
   * only end where the other name has that letter, so each cell of the distance looks at one group.
   * Letters below {@link #DIRECT} are looked up by index (the table is almost all a to z), others
   * by a scan of the few there are. A group is flat: the target segment's length and trie id packed
   * in one int, the costs beside them, so a cell reads two arrays and no objects.
   */
  private static final class Changes {
    private final Group[] direct = new Group[DIRECT];
    private final char[] otherLetters;
    private final Group[] otherGroups;

    Changes(Map<Character, List<Change>> byLast) {
      List<Character> others = new ArrayList<>();
      for (Map.Entry<Character, List<Change>> e : byLast.entrySet()) {
        if (e.getKey() < DIRECT) {
          direct[e.getKey()] = new Group(e.getValue());
        } else {
          others.add(e.getKey());
        }
      }
      otherLetters = new char[others.size()];
      otherGroups = new Group[others.size()];
      for (int k = 0; k < others.size(); k++) {
        otherLetters[k] = others.get(k);
        otherGroups[k] = new Group(byLast.get(others.get(k)));
      }
    }

    Group endingIn(char c) {
      if (c < DIRECT) {
        return direct[c];
      }
      for (int k = 0; k < otherLetters.length; k++) {
        if (otherLetters[k] == c) {
          return otherGroups[k];
        }
      }
      return null;
    }
  }

  /**
   * Changes of one segment into segments ending in one letter: {@code length << 24 | toId}, and the
   * costs.
   */
  private static final class Group {
    private final int[] targets;
    private final double[] costs;

    Group(List<Change> changes) {
      targets = new int[changes.size()];
      costs = new double[changes.size()];
      for (int k = 0; k < changes.size(); k++) {
        Change c = changes.get(k);
        if (c.toId() >= 1 << 24) {
          throw new IllegalStateException("transliteration-variants.tsv: too many segments");
        }
        targets[k] = c.length() << 24 | c.toId();
        costs[k] = c.cost();
      }
    }
  }

  /**
   * A cost this close above a distance's limit still counts as within it (floating-point rounding).
   */
  private static final double LIMIT_SLACK = 1e-9;

  /** Letters below this index the lookup tables directly. */
  private static final int DIRECT = 128;

  private static final int RECENT_MAX = 1 << 16;
  private static final RecentTextPairs RECENT = new RecentTextPairs(RECENT_MAX);
  // The segments of the table read backwards, so the segments ending at a position of a name are
  // found by walking back from it, without cutting substrings.
  private static final Segment SEGMENTS = Segment.load();
  // A name's segments cost a walk of the trie per letter, and names repeat: looked up once per
  // name.
  private static final RecentAnswers<String, Prepared> PREPARED = new RecentAnswers<>(1 << 14);

  /**
   * The table's segments within one name: as the first name of a distance, the changes of the
   * segments ending at each position ({@code ending[i][len]}); as the second, the trie node id of
   * the segment of each length ending at each position (at {@code j * (MAX_SEGMENT + 1) + len}, 0
   * for none).
   */
  private record Prepared(Changes[][] ending, int[] suffixes) {
    static Prepared of(String name) {
      int n = name.length();
      int stride = MAX_SEGMENT + 1;
      Changes[][] ending = new Changes[n + 1][];
      int[] suffixes = new int[(n + 1) * stride];
      ending[0] = new Changes[1];
      for (int i = 1; i <= n; i++) {
        ending[i] = new Changes[Math.min(MAX_SEGMENT, i) + 1];
        Segment node = SEGMENTS;
        for (int len = 1; len <= Math.min(MAX_SEGMENT, i) && node != null; len++) {
          node = node.before(name.charAt(i - len));
          ending[i][len] = node == null ? null : node.changes;
          suffixes[i * stride + len] = node == null ? 0 : node.id;
        }
      }
      return new Prepared(ending, suffixes);
    }
  }

  /**
   * A node of the reversed segment trie: the changes of the segment read so far, if it is one.
   * Every segment a change turns into is a segment of the table too (rows work both ways), so a
   * change names its target by the target's node id, and the distance compares ids, not letters.
   */
  private static final class Segment {
    private final int id;
    private final Segment[] direct = new Segment[DIRECT];
    private final Map<Character, Segment> other = new HashMap<>();
    private Changes changes;

    private Segment(int id) {
      this.id = id;
    }

    Segment before(char c) {
      return c < DIRECT ? direct[c] : other.get(c);
    }

    static Segment load() {
      Map<String, List<String[]>> rows = new TreeMap<>();
      for (String[] row :
          TsvResource.rows(Transliteration.class, "transliteration-variants.tsv", 3)) {
        double cost = Double.parseDouble(row[2]);
        if (row[0].length() > MAX_SEGMENT
            || row[1].length() > MAX_SEGMENT
            || !(cost > 0 && cost < 1)) {
          throw new IllegalStateException(
              "transliteration-variants.tsv: bad row " + String.join(" ", row));
        }
        rows.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[] {row[1], row[2]});
        rows.computeIfAbsent(row[1], k -> new ArrayList<>()).add(new String[] {row[0], row[2]});
      }
      int[] ids = {1}; // 0 stays free: "no segment" in a distance's table of suffixes
      Segment root = new Segment(0);
      Map<String, Segment> nodes = new HashMap<>();
      for (String segment : rows.keySet()) {
        Segment node = root;
        for (int k = segment.length() - 1; k >= 0; k--) {
          node = node.add(segment.charAt(k), ids);
        }
        nodes.put(segment, node);
      }
      rows.forEach(
          (segment, changes) -> {
            Map<Character, List<Change>> byLast = new TreeMap<>();
            for (String[] c : changes) {
              byLast
                  .computeIfAbsent(c[0].charAt(c[0].length() - 1), k -> new ArrayList<>())
                  .add(new Change(c[0].length(), nodes.get(c[0]).id, Double.parseDouble(c[1])));
            }
            nodes.get(segment).changes = new Changes(byLast);
          });
      return root;
    }

    private Segment add(char c, int[] ids) {
      if (c >= DIRECT) {
        return other.computeIfAbsent(c, x -> new Segment(ids[0]++));
      }
      if (direct[c] == null) {
        direct[c] = new Segment(ids[0]++);
      }
      return direct[c];
    }
  }

  private Transliteration() {}

  /**
   * 1 minus the cheapest cost of turning one name into the other, over the length of the longer: 1
   * for the same name, 0 when nothing is alike or either side is empty.
   */
  static double similarity(String a, String b) {
    return similarity(a, b, 0);
  }

  /**
   * {@link #similarity(String, String)} when it is at least {@code floor}, else 0: the distance
   * stops as soon as it cannot come under the cost the floor allows, which for two unrelated names
   * is after a few letters.
   */
  static double similarity(String a, String b, double floor) {
    if (a.equals(b)) {
      return a.isEmpty() ? 0 : 1;
    }
    // Names repeat (a block of namesakes compares the same few spellings again and again), and the
    // distance costs microseconds: remember recent answers, per thread, a bounded number of them.
    // Computed in one order of the two names, so the answer never depends on which came first.
    String first = a.compareTo(b) < 0 ? a : b;
    String second = first == a ? b : a;
    return RECENT.get(first, second, floor, Transliteration::compute);
  }

  private static double compute(String a, String b, double floor) {
    String x = key(a);
    String y = key(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    int longer = Math.max(x.length(), y.length());
    double similarity = Math.max(0, 1 - cost(x, y, (1 - floor) * longer) / longer);
    return similarity >= floor ? similarity : 0;
  }

  /** The name's words without standalone Arabic articles, joined. */
  static String key(String name) {
    if (name.indexOf(' ') < 0) {
      return name;
    }
    StringBuilder s = new StringBuilder(name.length());
    String[] words = name.split(" ");
    for (String word : words) {
      if (!(words.length > 1 && (word.equals("al") || word.equals("el")))) {
        s.append(word);
      }
    }
    return s.toString();
  }

  /**
   * Weighted edit distance: a substitution, insertion or deletion of one letter costs 1, a change
   * from the table its cost; the segments within each name are looked up once ({@link Prepared}).
   *
   * <p>Costs never fall, and no step spans more than {@link #MAX_SEGMENT} rows, so once the
   * smallest cell of that many consecutive rows exceeds {@code maxCost} the result must too: the
   * distance then returns infinity without filling the rest. Within a row only the cells that can
   * stay within the limit are filled: a cell's best step comes from a cell at most {@link
   * #MAX_SEGMENT} rows up and as many columns left, or from its left neighbour, so such cells lie
   * between the first such column of the last {@link #MAX_SEGMENT} rows and that many columns past
   * their last, or follow one by insertions. Every cell within the limit is exact, every other one
   * above it. Two unrelated names so fill a few cells a row near the diagonal.
   */
  static double cost(String a, String b, double maxCost) {
    int n = a.length();
    int m = b.length();
    Changes[][] ending = PREPARED.get(a, Prepared::of).ending();
    int[] suffixes = PREPARED.get(b, Prepared::of).suffixes();
    int stride = MAX_SEGMENT + 1;
    // Cells are filled up to a hair above the limit, so that a cost equal to it in exact arithmetic
    // is exact whatever the rounding: compute() compares the similarity, not the cost, with the
    // floor.
    double limit = maxCost + LIMIT_SLACK;
    // Row-major in one array: cell (i, j) at i * w + j. Cells never filled read as infinity.
    int w = m + 1;
    double[] d = new double[(n + 1) * w];
    Arrays.fill(d, w, d.length, Double.POSITIVE_INFINITY);
    // Per row: the first and last column of its cells within the filling limit (-1 for none), and
    // whether a cell is within maxCost itself.
    int[] first = new int[n + 1];
    int[] last = new int[n + 1];
    boolean[] within = new boolean[n + 1];
    for (int j = 1; j <= m; j++) {
      d[j] = j;
    }
    first[0] = 0;
    last[0] = (int) Math.min(m, Math.floor(limit));
    within[0] = true;
    for (int i = 1; i <= n; i++) {
      int row = i * w;
      d[row] = i;
      int from = Integer.MAX_VALUE;
      int to = -1;
      for (int k = 1; k <= Math.min(MAX_SEGMENT, i); k++) {
        if (last[i - k] >= 0) {
          from = Math.min(from, first[i - k]);
          to = Math.max(to, last[i - k]);
        }
      }
      int rowFirst = i <= limit ? 0 : -1;
      int rowLast = rowFirst;
      boolean rowWithin = i <= maxCost;
      char ai = a.charAt(i - 1);
      Changes[] segments = ending[i];
      for (int j = Math.max(1, from);
          j <= m && (j <= to + MAX_SEGMENT || d[row + j - 1] + 1 <= limit);
          j++) {
        char bj = b.charAt(j - 1);
        double best = d[row - w + j - 1] + (ai == bj ? 0 : 1);
        best = Math.min(best, Math.min(d[row - w + j], d[row + j - 1]) + 1);
        for (int len = 1; len < segments.length; len++) {
          Group changes = segments[len] == null ? null : segments[len].endingIn(bj);
          if (changes == null) {
            continue;
          }
          int back = (i - len) * w;
          int at = j * stride;
          int[] targets = changes.targets;
          double[] costs = changes.costs;
          for (int k = 0; k < targets.length; k++) {
            int length = targets[k] >>> 24;
            int start = j - length;
            if (start >= 0
                && suffixes[at + length] == (targets[k] & 0xFFFFFF)
                && costs[k] + d[back + start] < best) {
              best = d[back + start] + costs[k];
            }
          }
        }
        d[row + j] = best;
        if (best <= limit) {
          rowFirst = rowFirst < 0 ? j : rowFirst;
          rowLast = j;
          rowWithin |= best <= maxCost;
        }
      }
      first[i] = rowFirst;
      last[i] = rowLast;
      within[i] = rowWithin;
      if (i >= MAX_SEGMENT && noneWithin(within, i)) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return d[n * w + m];
  }

  /**
   * Whether none of the last {@link #MAX_SEGMENT} rows up to {@code i} holds a cell within the
   * limit.
   */
  private static boolean noneWithin(boolean[] within, int i) {
    for (int k = i - MAX_SEGMENT + 1; k <= i; k++) {
      if (within[k]) {
        return false;
      }
    }
    return true;
  }

  static double cost(String a, String b) {
    return cost(a, b, Double.POSITIVE_INFINITY);
  }
}
