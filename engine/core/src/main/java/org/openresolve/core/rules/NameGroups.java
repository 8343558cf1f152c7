package org.openresolve.core.rules;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.normalise.NameNormaliser;

/**
 * Groups of given names that stand for one another, read from a list a rule file names (the
 * NICKNAME level): a formal name with its nicknames, hypocorisms and spellings, such as William,
 * Bill, Will, Billy. One group a line, names separated by commas; blank lines and lines starting
 * with {@code #} are ignored. Names are folded like every name the engine compares ("José" is
 * "jose", "Саша" is "sasha"). A name may be in several groups ("alex" of Alexander and Alexandra);
 * two names agree when some group holds both. Immutable.
 */
public final class NameGroups implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, int[]> groupsOf;
  private final int groupCount;

  private NameGroups(Map<String, int[]> groupsOf, int groupCount) {
    this.groupsOf = groupsOf;
    this.groupCount = groupCount;
  }

  /**
   * Reads a list from its bytes.
   *
   * @param file the file's name for error messages
   * @throws ConfigFileException naming file and line when a line holds an empty name, a single
   *     name, or the bytes are not UTF-8
   */
  static NameGroups parse(String file, byte[] bytes) {
    requireNonNull(file, "file is null");
    String text = utf8(file, bytes);
    NameNormaliser normaliser = new NameNormaliser();
    Map<String, List<Integer>> groups = new HashMap<>();
    int group = 0;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      for (String written : line.split(",", -1)) {
        String folded = normaliser.fold(written);
        if (folded.isEmpty()) {
          throw new ConfigFileException(
              file,
              i + 1,
              "",
              "empty name in '" + line + "'; write one group a line, names separated by commas");
        }
        names.add(folded);
      }
      if (names.size() < 2) {
        throw new ConfigFileException(
            file, i + 1, "", "a group needs at least two different names, got '" + line + "'");
      }
      for (String name : names) {
        groups.computeIfAbsent(name, k -> new ArrayList<>()).add(group);
      }
      group++;
    }
    Map<String, int[]> groupsOf = new HashMap<>();
    groups.forEach(
        (name, ids) -> groupsOf.put(name, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new NameGroups(groupsOf, group);
  }

  /** Whether some group holds both folded names; a name agrees with itself only if listed. */
  public boolean together(String a, String b) {
    int[] left = groupsOf.get(a);
    int[] right = left == null ? null : groupsOf.get(b);
    if (right == null) {
      return false;
    }
    // Both sorted ascending, as groups are numbered in file order.
    for (int i = 0, j = 0; i < left.length && j < right.length; ) {
      if (left[i] == right[j]) {
        return true;
      }
      if (left[i] < right[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /** The numbers of the groups holding the folded name, ascending; empty when no group holds it. */
  public int[] groupsOf(String name) {
    int[] groups = groupsOf.get(name);
    return groups == null ? new int[0] : groups.clone();
  }

  /** Every folded name of the list. */
  public Set<String> names() {
    return java.util.Collections.unmodifiableSet(groupsOf.keySet());
  }

  public int groupCount() {
    return groupCount;
  }

  @Override
  public String toString() {
    return "NameGroups[" + groupCount + " groups, " + groupsOf.size() + " names]";
  }

  /** The text of a list file's bytes; refuses bytes that are not UTF-8, naming the file. */
  static String utf8(String file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigFileException(file, 0, "", "not UTF-8 text");
    }
  }
}
