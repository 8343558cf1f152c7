package org.openresolve.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: only dispatches to subcommands. {@code generate} and {@code benchmark}
 * need the example generator, which the runtime jar leaves out: they are added only when the
 * generator is on the class path (the {@code er} launcher puts it there), and otherwise answer with
 * one line saying where to find it.
 */
@Command(
    name = "er",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cross-source entity resolution of person records.",
    subcommands = {
      ResolveCommand.class,
      IngestCommand.class,
      EvaluateCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      ExportCommand.class,
      RulesCommand.class,
      ScenariosCommand.class
    })
public final class ErCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** The configured command line, shared by {@link Main} and tests. */
  public static CommandLine commandLine() {
    return commandLine(GeneratorTools.onClassPath());
  }

  static CommandLine commandLine(boolean generatorOnClassPath) {
    CommandLine cl = new CommandLine(new ErCommand());
    if (generatorOnClassPath) {
      GeneratorTools.addCommands(cl);
    } else {
      GeneratorTools.addPlaceholders(cl);
    }
    cl.addSubcommand(new CommandLine.HelpCommand());
    // Set after every subcommand is added: picocli passes them down only to those it already has.
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
