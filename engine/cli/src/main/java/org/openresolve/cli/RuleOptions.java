package org.openresolve.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import picocli.CommandLine.Option;

/** The rule set and, optionally, a frozen model. */
final class RuleOptions {
  /** Where the build puts a copy of rules/default inside the jar (engine/cli/pom.xml). */
  static final String BUNDLED_RULES = "/rules/default/ruleset.yaml";

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Rule set (YAML). Default: rules/default/ruleset.yaml of the installation, else the copy inside the jar.")
  Path rules;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "A model.json of an earlier run to apply instead of training, so results can be frozen.")
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

  /**
   * The installation's default rule set: beside the launcher, else in the working directory, else
   * the copy built into the jar, so that {@code spark-submit} of the jar alone needs no rule file.
   */
  static Path defaultRules() {
    String home = System.getProperty("er.home");
    Path relative = Path.of("rules", "default", "ruleset.yaml");
    if (home != null && Files.exists(Path.of(home).resolve(relative))) {
      return Path.of(home).resolve(relative);
    }
    if (Files.exists(relative)) {
      return relative;
    }
    URL bundled = RuleOptions.class.getResource(BUNDLED_RULES);
    if (bundled != null) {
      return bundledPath(bundled);
    }
    throw new UserError("no --rules given and " + relative + " not found; pass --rules FILE");
  }

  /**
   * A path to a resource inside the jar (read through a zip file system) or, in tests, the class
   * directory.
   */
  private static Path bundledPath(URL resource) {
    try {
      URI uri = resource.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // Opened by an earlier call; Path.of finds it.
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(
          "cannot open the rule set built into the jar at " + resource, e);
    }
  }
}
