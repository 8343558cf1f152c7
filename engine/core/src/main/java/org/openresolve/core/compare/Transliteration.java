package org.openresolve.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private record Change(String to, double cost) {}

  /**
   * The changes of one segment, grouped by the last letter of what they change it to: a change can
   * only end where the other name has that letter, so each cell of the distance looks at one group.
   */
  private record Changes(char[] lastLetters, Change[][] groups) {
    Change[] endingIn(char c) {
      for (int k = 0; k < lastLetters.length; k++) {
        if (lastLetters[k] == c) {
          return groups[k];
        }
      }
      return null;
    }
  }

  private static final Map<String, Changes> CHANGES = load();

  private Transliteration() {}

  /**
   * 1 minus the cheapest cost of turning one name into the other, over the length of the longer:
   * 1 for the same name, 0 when nothing is alike or either side is empty.
   */
  static double similarity(String a, String b) {
    String x = key(a);
    String y = key(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    int longer = Math.max(x.length(), y.length());
    return Math.max(0, 1 - cost(x, y) / longer);
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
   * from the table its cost; segments of {@code a} ending at each position are looked up once.
   */
  static double cost(String a, String b) {
    int n = a.length();
    int m = b.length();
    Changes[][] ending = new Changes[n + 1][];
    for (int i = 1; i <= n; i++) {
      ending[i] = new Changes[Math.min(MAX_SEGMENT, i) + 1];
      for (int len = 1; len <= Math.min(MAX_SEGMENT, i); len++) {
        ending[i][len] = CHANGES.get(a.substring(i - len, i));
      }
    }
    double[][] d = new double[n + 1][m + 1];
    for (int j = 1; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      d[i][0] = i;
      for (int j = 1; j <= m; j++) {
        double best = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        best = Math.min(best, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        for (int len = 1; len < ending[i].length; len++) {
          Change[] changes = ending[i][len] == null ? null : ending[i][len].endingIn(b.charAt(j - 1));
          if (changes == null) {
            continue;
          }
          for (Change c : changes) {
            int from = j - c.to().length();
            if (from >= 0 && c.cost() + d[i - len][from] < best && b.startsWith(c.to(), from)) {
              best = d[i - len][from] + c.cost();
            }
          }
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }

  private static Map<String, Changes> load() {
    Map<String, List<Change>> changes = new HashMap<>();
    for (String[] row : TsvResource.rows(Transliteration.class, "transliteration-variants.tsv", 3)) {
      double cost = Double.parseDouble(row[2]);
      if (row[0].length() > MAX_SEGMENT || row[1].length() > MAX_SEGMENT || !(cost > 0 && cost < 1)) {
        throw new IllegalStateException("transliteration-variants.tsv: bad row " + String.join(" ", row));
      }
      changes.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Change(row[1], cost));
      changes.computeIfAbsent(row[1], k -> new ArrayList<>()).add(new Change(row[0], cost));
    }
    Map<String, Changes> out = new HashMap<>();
    changes.forEach((from, list) -> out.put(from, group(list)));
    return Map.copyOf(out);
  }

  private static Changes group(List<Change> list) {
    Map<Character, List<Change>> byLast = new TreeMap<>();
    for (Change c : list) {
      byLast.computeIfAbsent(c.to().charAt(c.to().length() - 1), k -> new ArrayList<>()).add(c);
    }
    char[] letters = new char[byLast.size()];
    Change[][] groups = new Change[byLast.size()][];
    int k = 0;
    for (Map.Entry<Character, List<Change>> e : byLast.entrySet()) {
      letters[k] = e.getKey();
      groups[k++] = e.getValue().toArray(Change[]::new);
    }
    return new Changes(letters, groups);
  }
}
