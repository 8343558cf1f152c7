package org.openresolve.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.RuleSet;

/**
 * The shipped scenario suite against the default rule set: every scenario passes except those
 * {@code known-gaps.txt} lists, and every listed one still fails, so the list can only shrink and
 * always says what the engine gets wrong.
 */
class ScenarioSuiteTest {
  private static final Path ROOT = Path.of("..", "..");
  private static final Path SUITE = ROOT.resolve("examples/scenarios");

  @Test
  void everyScenarioPassesExceptTheKnownGapsAndEveryKnownGapStillFails() {
    ScenarioSuite suite = ScenarioSuite.in(SUITE);
    List<Scenario> scenarios = suite.read();
    ScenarioRunner runner =
        new ScenarioRunner(
            RuleSet.load(ROOT.resolve("rules/default/ruleset.yaml")),
            Background.read(ROOT.resolve("examples/data")),
            scenarios);
    Map<String, String> failures = new TreeMap<>();
    Map<String, String> knownGapsPassing = new TreeMap<>();
    for (Scenario s : scenarios) {
      ScenarioResult r = runner.run(s);
      if (!r.passed() && !suite.knownGaps().contains(s.name())) {
        failures.put(s.name(), r.reason());
      } else if (r.passed() && suite.knownGaps().contains(s.name())) {
        knownGapsPassing.put(s.name(), suite.knownGaps().reasons().get(s.name()));
      }
    }
    assertThat(scenarios).as("scenarios in %s", SUITE).hasSizeGreaterThanOrEqualTo(60);
    assertThat(failures)
        .as("scenarios failing that known-gaps.txt does not list:%n%s", lines(failures))
        .isEmpty();
    assertThat(knownGapsPassing)
        .as(
            "scenarios listed in known-gaps.txt that now pass (remove them from the list):%n%s",
            lines(knownGapsPassing))
        .isEmpty();
  }

  private static String lines(Map<String, String> byName) {
    return byName.entrySet().stream()
        .map(e -> "  " + e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }
}
