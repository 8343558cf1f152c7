package org.openresolve.core.rules;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.config.TypedYaml;

/**
 * A validated rule set: blocking rules, comparisons with their levels, model settings and decision
 * thresholds, read from {@code rules/<name>/ruleset.yaml}, with the name lists its levels name
 * (read from beside the rule file). Immutable; the sha256 of the file bytes, followed by those of
 * its name lists, goes into every output so a result can be traced to the exact rules that made it.
 */
public final class RuleSet implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String description;
  private final BlockingSettings blocking;
  private final List<ComparisonSpec> comparisons;
  private final ModelSettings model;
  private final Thresholds thresholds;
  private final GuardSettings guards;
  private final HandlingCodes handlingCodes;
  private final GradingPolicy grading;
  private final ExecutionSettings execution;
  private final Map<String, NameGroups> nameGroups;
  private final Map<String, WordList> wordLists;
  private final String sha256;

  private RuleSet(
      RuleFile file,
      Map<String, NameGroups> nameGroups,
      Map<String, WordList> wordLists,
      String sha256) {
    this.name = file.name();
    this.description = file.description();
    this.blocking = file.blocking();
    this.comparisons = file.comparisons();
    this.model = file.model();
    this.thresholds = file.thresholds();
    this.guards = file.guards();
    this.handlingCodes = new HandlingCodes(file.handlingCodes());
    this.grading = file.grading();
    this.execution = file.execution();
    this.nameGroups = Map.copyOf(nameGroups);
    this.wordLists = Map.copyOf(wordLists);
    this.sha256 = sha256;
  }

  /**
   * The list files the levels name, relative to the rule file, so a copy of the rules can take them
   * along.
   */
  public java.util.Set<String> nameListFiles() {
    java.util.Set<String> files = new java.util.TreeSet<>(nameGroups.keySet());
    files.addAll(wordLists.keySet());
    return files;
  }

  /**
   * Reads and validates a rule file and the name lists its levels name.
   *
   * @throws ConfigFileException naming file, line and field path when the file is not a valid rule
   *     set, or a name list it names is missing (the line of its {@code list} key) or malformed
   *     (the list's file and line)
   * @throws UncheckedIOException when the file exists but cannot be read
   */
  public static RuleSet load(Path file) {
    requireNonNull(file, "file is null");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(file.toString(), 0, "", "file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file, e);
    }
    RuleFile parsed =
        TypedYaml.read(file.toString(), new ByteArrayInputStream(bytes), RuleFile.class);
    YamlLines lines = YamlLines.of(bytes);
    new RuleChecks(file.toString(), lines).check(parsed);
    Map<String, byte[]> lists = listBytes(file, parsed, lines);
    java.util.Set<String> words = wordListNames(parsed);
    Map<String, NameGroups> groups = new HashMap<>();
    Map<String, WordList> wordLists = new HashMap<>();
    lists.forEach(
        (list, listBytes) -> {
          String path = file.resolveSibling(list).toString();
          if (words.contains(list)) {
            wordLists.put(list, WordList.parse(path, listBytes));
          } else {
            groups.put(list, NameGroups.parse(path, listBytes));
          }
        });
    List<byte[]> hashed = new ArrayList<>();
    hashed.add(bytes);
    hashed.addAll(lists.values());
    return new RuleSet(parsed, groups, wordLists, sha256(hashed));
  }

  /**
   * The lists the handle and e-mail levels name: word lists, where every other list holds name
   * groups.
   */
  private static java.util.Set<String> wordListNames(RuleFile rules) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ComparisonSpec c : rules.comparisons()) {
      for (LevelSpec l : c.levels()) {
        if (l.when().listsWords()) {
          names.add(l.list());
        }
      }
    }
    return names;
  }

  /** The bytes of each name list the levels and blocking rules name, in order of first mention. */
  private static Map<String, byte[]> listBytes(Path file, RuleFile rules, YamlLines lines) {
    Map<String, byte[]> lists = new LinkedHashMap<>();
    List<BlockingRuleSpec> blocking = rules.blocking().rules();
    for (int i = 0; i < blocking.size(); i++) {
      readList(file, blocking.get(i).list(), "blocking.rules[" + i + "].list", lines, lists);
    }
    for (int i = 0; i < rules.comparisons().size(); i++) {
      List<LevelSpec> levels = rules.comparisons().get(i).levels();
      for (int j = 0; j < levels.size(); j++) {
        readList(
            file,
            levels.get(j).list(),
            "comparisons[" + i + "].levels[" + j + "].list",
            lines,
            lists);
      }
    }
    return lists;
  }

  /**
   * Adds the bytes of {@code list} unless it is null or read already; {@code at} is the key naming
   * it.
   */
  private static void readList(
      Path file, String list, String at, YamlLines lines, Map<String, byte[]> lists) {
    if (list == null || lists.containsKey(list)) {
      return;
    }
    Path path = file.resolveSibling(list);
    try {
      lists.put(list, Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(
          file.toString(), lines.line(at), at, "name list not found: " + path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name list " + path, e);
    }
  }

  /**
   * The problems of a rule file for {@code er rules validate}: empty when it is valid, else the
   * first problem as {@code file:line: field.path: problem}.
   */
  public static List<String> check(Path file) {
    try {
      load(file);
      return List.of();
    } catch (ConfigFileException e) {
      return List.of(e.getMessage());
    }
  }

  /** One line for an analyst: what the rule set holds and its hash. */
  public String summary() {
    return String.format(
        "rule set '%s' (sha256 %s): %d blocking rules, %d comparisons, link at p >= %s, review at p >= %s",
        name,
        sha256,
        blocking.rules().size(),
        comparisons.size(),
        thresholds.matchProbability(),
        thresholds.reviewProbability());
  }

  private static String sha256(List<byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.forEach(digest::update);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public BlockingSettings blocking() {
    return blocking;
  }

  public List<ComparisonSpec> comparisons() {
    return comparisons;
  }

  /** The index of the comparison with this id; the rule checks guarantee references name one. */
  public int comparisonIndex(String id) {
    for (int c = 0; c < comparisons.size(); c++) {
      if (comparisons.get(c).id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no comparison '" + id + "' in rule set '" + name + "'");
  }

  /** The index of a comparison's level by its label (never MISSING, which has no label to name). */
  public int levelIndex(String comparisonId, String label) {
    ComparisonSpec c = comparisons.get(comparisonIndex(comparisonId));
    for (int l = 1; l < c.levels().size(); l++) {
      if (c.levels().get(l).label().equals(label)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "comparison '" + comparisonId + "' has no level '" + label + "'");
  }

  public ModelSettings model() {
    return model;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public GuardSettings guards() {
    return guards;
  }

  public HandlingCodes handlingCodes() {
    return handlingCodes;
  }

  public GradingPolicy grading() {
    return grading;
  }

  public ExecutionSettings execution() {
    return execution;
  }

  /**
   * The groups of the name list {@code list}, as a NICKNAME level or a blocking rule names it.
   *
   * @throws IllegalArgumentException when no level of this rule set names that list
   */
  public NameGroups nameGroups(String list) {
    NameGroups groups = nameGroups.get(list);
    if (groups == null) {
      throw new IllegalArgumentException(
          "rule set '" + name + "' names no name list '" + list + "'");
    }
    return groups;
  }

  /**
   * The words of the list {@code list}, as a handle level names it.
   *
   * @throws IllegalArgumentException when no handle level of this rule set names that list
   */
  public WordList wordList(String list) {
    WordList words = wordLists.get(list);
    if (words == null) {
      throw new IllegalArgumentException(
          "rule set '" + name + "' names no word list '" + list + "'");
    }
    return words;
  }

  /**
   * Lower-case hex sha256 of the rule file's bytes followed by those of its name lists: of the rule
   * file alone when it names none.
   */
  public String sha256() {
    return sha256;
  }
}
