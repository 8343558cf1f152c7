package org.openresolve.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import picocli.CommandLine.Option;

/** The rule set and, optionally, a frozen model. */
final class RuleOptions {
  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Rule set (YAML). Default: rules/default/ruleset.yaml of the installation.")
  Path rules;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A model.json of an earlier run to apply instead of training, so results can be frozen.")
  Path model;

  RuleSet ruleSet() {
    return RuleSet.load(ruleFile());
  }

  Path ruleFile() {
    return rules != null ? rules : defaultRules();
  }

  ModelParameters frozenModel(RuleSet rules) {
    if (model == null) {
      return null;
    }
    try {
      ModelParameters m = ModelParameters.fromJson(Files.readString(model));
      m.requireFits(rules);
      return m;
    } catch (IOException e) {
      throw new UserError("cannot read --model " + model + ": " + e.getMessage());
    }
  }

  /** The installation's default rule set: beside the launcher, else in the working directory. */
  static Path defaultRules() {
    String home = System.getProperty("er.home");
    Path relative = Path.of("rules", "default", "ruleset.yaml");
    if (home != null && Files.exists(Path.of(home).resolve(relative))) {
      return Path.of(home).resolve(relative);
    }
    if (Files.exists(relative)) {
      return relative;
    }
    throw new UserError("no --rules given and " + relative + " not found; pass --rules FILE");
  }
}
