package org.openresolve.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.FieldIssue;
import org.openresolve.scenarios.Background;
import org.openresolve.scenarios.Scenario;
import org.openresolve.scenarios.ScenarioResult;
import org.openresolve.scenarios.ScenarioRunner;
import org.openresolve.scenarios.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code er scenarios [DIR]}: resolves every scenario file of a directory in memory and says, per
 * scenario, whether the engine grouped its records as expected. Every failure is reported, listed
 * as a known gap or not; the exit code is 1 when any scenario fails.
 */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description =
        "Runs the scenario files of DIR (default examples/scenarios): PASS or FAIL per scenario, exit 1 on any failure.")
final class ScenariosCommand implements Callable<Integer> {
  static final int FAILED = 1;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "Directory of scenario files (*.yaml). Default: examples/scenarios.")
  Path dir;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Rule set (YAML). Default: rules/default/ruleset.yaml.")
  Path rules;

  @Option(
      names = "--background",
      paramLabel = "DIR",
      description =
          "Directory of contract files (criminal_records.csv, intelligence_reports.jsonl, open_web.jsonl) every scenario is resolved among. Default: examples/data.")
  Path background;

  @Option(
      names = "--explain",
      description =
          "Print, under each failure, the principle, the bad values the connectors left out, and the comparison of every wrongly merged or split pair.")
  boolean explain;

  @Override
  public Integer call() {
    ScenarioSuite suite = ScenarioSuite.in(dir != null ? dir : installed("examples/scenarios"));
    List<Scenario> scenarios = suite.read();
    RuleSet ruleSet = RuleSet.load(rules != null ? rules : RuleOptions.defaultRules());
    Path population = background != null ? background : installed("examples/data");
    PrintWriter out = spec.commandLine().getOut();
    ScenarioRunner runner = new ScenarioRunner(ruleSet, Background.read(population), scenarios);
    List<ScenarioResult> results = scenarios.stream().map(runner::run).toList();
    int failed = 0;
    int known = 0;
    for (ScenarioResult r : results) {
      if (r.passed()) {
        out.printf("PASS %s%n", r.name());
        continue;
      }
      failed++;
      boolean gap = suite.knownGaps().contains(r.name());
      known += gap ? 1 : 0;
      out.printf("FAIL %s%s: %s%n", r.name(), gap ? " (known gap)" : "", r.reason());
      if (explain) {
        out.printf("     principle: %s%n", r.scenario().principle());
        for (FieldIssue i : r.scenario().issues()) {
          out.printf(
              "     bad value left out of matching: %s:%s %s '%s': %s%n",
              i.source(),
              i.recordId(),
              i.field(),
              i.value(),
              i.detail() == null ? i.reason() : i.detail());
        }
        for (ScenarioResult.Finding f : concat(r.merged(), r.split())) {
          out.printf("     %s and %s: %s%n", f.left(), f.right(), f.outcome());
          f.evidence().forEach(line -> out.printf("       %s%n", line));
        }
      }
    }
    out.printf(
        "%d scenarios: %d passed, %d failed (%d listed in %s)%n",
        results.size(),
        results.size() - failed,
        failed,
        known,
        suite.dir().resolve("known-gaps.txt"));
    out.flush();
    return failed == 0 ? 0 : FAILED;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /**
   * A path of the installation: beside the launcher when it is there, else in the working
   * directory.
   */
  private static Path installed(String relative) {
    String home = System.getProperty("er.home");
    if (home != null && Files.exists(Path.of(home).resolve(relative))) {
      return Path.of(home).resolve(relative);
    }
    return Path.of(relative);
  }
}
