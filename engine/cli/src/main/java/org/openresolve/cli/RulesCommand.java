package org.openresolve.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openresolve.core.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code er rules}: work with rule files. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Rule-set tools.",
    subcommands = RulesCommand.Validate.class)
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code er rules validate FILE}: parse and check a rule file without running anything. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Checks a rule file; errors name file, line and field.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The rule file (YAML).")
    Path file;

    @Override
    public Integer call() {
      RuleSet rules = RuleSet.load(file);
      spec.commandLine().getOut().println(file + ": valid (" + rules.summary() + ")");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
