package org.openresolve.core.compare;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.memo.RecentAnswers;
import org.openresolve.core.rules.NameGroups;

/**
 * The NICKNAME_MISSPELT test: two given names agree when some group of the list holds both, each
 * read, when the list does not hold it, as a listed name one letter away (one letter left out,
 * added or replaced, or two neighbours exchanged). Names are found through their one-letter
 * deletions, so a lookup costs a few map reads.
 */
final class NicknameSpellings implements Serializable {
  /** Shorter names are a letter away from too many others ("ed", "ted", "eddy"). */
  static final int MIN_LENGTH = 4;

  private final NameGroups groups;
  // Each listed name, and each of its one-letter deletions, to the listed names it comes from.
  private final Map<String, List<String>> byDeletion = new HashMap<>();
  // A name is looked up for every pair it meets whose names differ more than a letter: once per
  // thread.
  private final RecentAnswers<String, List<String>> recent = new RecentAnswers<>(1 << 12);

  NicknameSpellings(NameGroups groups) {
    this.groups = requireNonNull(groups, "groups is null");
    for (String name : groups.names()) {
      if (name.length() >= MIN_LENGTH) {
        for (String key : withDeletions(name)) {
          byDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
      }
    }
  }

  boolean together(String a, String b) {
    if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) {
      return false;
    }
    List<String> nearB = near(b);
    for (String x : near(a)) {
      for (String y : nearB) {
        if (groups.together(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The name itself when the list holds it (a listed name is no misspelling: "sasha" is not read as
   * "masha"), else the listed names one letter away from it.
   */
  private List<String> near(String name) {
    return recent.get(name, this::nearOf);
  }

  private List<String> nearOf(String name) {
    if (groups.groupsOf(name).length > 0) {
      return List.of(name);
    }
    Set<String> out = new LinkedHashSet<>();
    for (String key : withDeletions(name)) {
      out.addAll(byDeletion.getOrDefault(key, List.of()));
    }
    return List.copyOf(out);
  }

  /** The name and every name one letter shorter. */
  private static Set<String> withDeletions(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    for (int i = 0; i < name.length(); i++) {
      out.add(name.substring(0, i) + name.substring(i + 1));
    }
    return out;
  }
}
