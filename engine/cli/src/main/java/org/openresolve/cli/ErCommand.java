package org.openresolve.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only dispatches to subcommands. */
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
      GenerateCommand.class,
      BenchmarkCommand.class,
      ScenariosCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ErCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** The configured command line, shared by {@link Main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ErCommand());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
