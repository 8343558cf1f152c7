package org.openresolve.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openresolve.core.config.ConfigFileException;

/**
 * The checks of a rule file that span several fields, run after it parsed: unique ids, levels that
 * fit their field and run from MISSING to ELSE, overrides that name real levels. Each failure names
 * the exact field path and its line.
 */
final class RuleChecks {
  private final String file;
  private final YamlLines lines;

  RuleChecks(String file, YamlLines lines) {
    this.file = file;
    this.lines = lines;
  }

  void check(RuleFile rules) {
    Set<String> blockingIds = new HashSet<>();
    List<BlockingRuleSpec> blocking = rules.blocking().rules();
    for (int i = 0; i < blocking.size(); i++) {
      if (!blockingIds.add(blocking.get(i).id())) {
        fail(
            "blocking.rules[" + i + "].id",
            "duplicate blocking rule id '" + blocking.get(i).id() + "'");
      }
    }
    for (int i = 0; i < blocking.size(); i++) {
      List<LevelRef> skipWhen = blocking.get(i).skipWhen();
      for (int k = 0; k < skipWhen.size(); k++) {
        checkLevelRef(
            "blocking.rules[" + i + "].skip_when[" + k + "]",
            skipWhen.get(k).comparison(),
            skipWhen.get(k).level(),
            rules.comparisons());
      }
    }
    Set<String> comparisonIds = new HashSet<>();
    for (int i = 0; i < rules.comparisons().size(); i++) {
      ComparisonSpec c = rules.comparisons().get(i);
      String at = "comparisons[" + i + "]";
      if (!comparisonIds.add(c.id())) {
        fail(at + ".id", "duplicate comparison id '" + c.id() + "'");
      }
      checkLevels(at, c);
      if (c.sharedValue() != null && !SharedValueLimit.FIELDS.contains(c.field())) {
        fail(
            at + ".shared_value",
            "applies to " + SharedValueLimit.FIELDS + " comparisons, not " + c.field());
      }
    }
    for (int i = 0; i < rules.comparisons().size(); i++) {
      ComparisonSpec c = rules.comparisons().get(i);
      for (int k = 0; k < c.weightlessWhen().size(); k++) {
        LevelRef ref = c.weightlessWhen().get(k);
        String at = "comparisons[" + i + "].weightless_when[" + k + "]";
        if (ref.comparison().equals(c.id())) {
          fail(at + ".comparison", "a comparison cannot depend on itself");
        }
        checkLevelRef(at, ref.comparison(), ref.level(), rules.comparisons());
      }
    }
    BeyondNames beyondNames = rules.thresholds().beyondNames();
    if (beyondNames != null) {
      for (int k = 0; k < beyondNames.comparisons().size(); k++) {
        String id = beyondNames.comparisons().get(k);
        if (rules.comparisons().stream().noneMatch(c -> c.id().equals(id))) {
          fail(
              "thresholds.beyond_names.comparisons[" + k + "]",
              "no comparison with id '" + id + "'");
        }
      }
    }
    GivenNamesApart givenNames = rules.guards().givenNamesApart();
    if (givenNames != null) {
      checkGivenNamesApart("guards.given_names_apart", givenNames, rules.comparisons());
    }
    List<ParameterOverride> overrides = rules.model().overrides();
    for (int i = 0; i < overrides.size(); i++) {
      checkOverride("model.overrides[" + i + "]", overrides.get(i), rules.comparisons());
    }
    if (rules.model().fullNameTermFrequency()) {
      for (PersonField f : List.of(PersonField.GIVEN_NAME, PersonField.FAMILY_NAME)) {
        long adjusted =
            rules.comparisons().stream().filter(c -> c.field() == f && c.termFrequency()).count();
        if (adjusted != 1) {
          fail(
              "model.full_name_term_frequency",
              "needs exactly one "
                  + f
                  + " comparison with term_frequency: true, found "
                  + adjusted);
        }
      }
    }
  }

  private void checkLevels(String at, ComparisonSpec c) {
    List<LevelSpec> levels = c.levels();
    if (levels.size() < 3) {
      fail(
          at + ".levels",
          "needs at least 3 levels (MISSING, one more, ELSE), got " + levels.size());
    }
    Set<String> labels = new HashSet<>();
    for (int j = 0; j < levels.size(); j++) {
      LevelSpec level = levels.get(j);
      String where = at + ".levels[" + j + "]";
      if (!labels.add(level.label())) {
        fail(where + ".label", "duplicate level label '" + level.label() + "'");
      }
      boolean first = j == 0;
      boolean last = j == levels.size() - 1;
      if (first != (level.when() == LevelType.MISSING)) {
        fail(
            where + ".when",
            first
                ? "the first level must be MISSING, got " + level.when()
                : "MISSING must be the first level only");
      }
      if (last != (level.when() == LevelType.ELSE)) {
        fail(
            where + ".when",
            last
                ? "the last level must be ELSE, got " + level.when()
                : "ELSE must be the last level only");
      }
      if (!c.field().accepts(level.when())) {
        fail(
            where + ".when",
            level.when()
                + " does not fit field "
                + c.field()
                + "; it accepts "
                + c.field().acceptedList());
      }
    }
  }

  /** A given-name comparison, and levels of it besides MISSING. */
  private void checkGivenNamesApart(
      String at, GivenNamesApart guard, List<ComparisonSpec> comparisons) {
    ComparisonSpec target =
        comparisons.stream()
            .filter(c -> c.id().equals(guard.comparison()))
            .findFirst()
            .orElse(null);
    if (target == null) {
      fail(at + ".comparison", "no comparison with id '" + guard.comparison() + "'");
      return;
    }
    if (target.field() != PersonField.GIVEN_NAME) {
      fail(
          at + ".comparison",
          "comparison '"
              + guard.comparison()
              + "' compares "
              + target.field()
              + ", not GIVEN_NAME");
    }
    List<LevelSpec> levels = target.levels();
    for (int k = 0; k < guard.levels().size(); k++) {
      String label = guard.levels().get(k);
      if (levels.stream().skip(1).noneMatch(l -> l.label().equals(label))) {
        fail(
            at + ".levels[" + k + "]",
            "comparison '"
                + guard.comparison()
                + "' has no level '"
                + label
                + "' (MISSING cannot set two records apart)");
      }
    }
  }

  private void checkOverride(String at, ParameterOverride o, List<ComparisonSpec> comparisons) {
    checkLevelRef(at, o.comparison(), o.level(), comparisons);
  }

  /** The comparison exists and has a level of that label besides MISSING. */
  private void checkLevelRef(
      String at, String comparison, String level, List<ComparisonSpec> comparisons) {
    ComparisonSpec target =
        comparisons.stream().filter(c -> c.id().equals(comparison)).findFirst().orElse(null);
    if (target == null) {
      fail(at + ".comparison", "no comparison with id '" + comparison + "'");
      return;
    }
    List<LevelSpec> levels = target.levels();
    for (int j = 1; j < levels.size(); j++) {
      if (levels.get(j).label().equals(level)) {
        return;
      }
    }
    fail(
        at + ".level",
        "comparison '"
            + comparison
            + "' has no level '"
            + level
            + "' (the MISSING level has no m or u)");
  }

  private void fail(String path, String problem) {
    throw new ConfigFileException(file, lines.line(path), path, problem);
  }
}
