package org.openresolve.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The commands that need the example generator ({@code er generate}, {@code er benchmark}). The
 * generator makes test data and is no part of the engine, so the runtime jar {@code
 * openresolve.jar} leaves it out; the launcher adds {@code engine/cli/target/tools/} to the class
 * path. This class names no generator type itself, so it loads without the generator.
 */
final class GeneratorTools {
  static final String GENERATOR_CLASS = "org.openresolve.generator.ExampleGenerator";
  static final String JAR = "engine/cli/target/tools/openresolve-generator.jar";

  private GeneratorTools() {}

  static boolean onClassPath() {
    try {
      Class.forName(GENERATOR_CLASS, false, GeneratorTools.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static void addCommands(CommandLine cl) {
    cl.addSubcommand(new GenerateCommand());
    cl.addSubcommand(new BenchmarkCommand());
  }

  static void addPlaceholders(CommandLine cl) {
    cl.addSubcommand("generate", new GeneratorMissing());
    cl.addSubcommand("benchmark", new GeneratorMissing());
  }

  /** Stands in for a command whose generator is not on the class path; takes any arguments. */
  @Command(
      description = "Needs the example generator (" + JAR + "), which ./er puts on the class path.")
  static final class GeneratorMissing implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Unmatched List<String> arguments;

    @Override
    public Integer call() {
      throw new UserError(
          "er "
              + spec.name()
              + " needs the example generator, which the runtime jar leaves out: run it with ./er, or add "
              + JAR
              + " to the class path");
    }
  }
}
