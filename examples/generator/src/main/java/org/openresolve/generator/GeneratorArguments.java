package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** The generator's command line; the real CLI builds a {@link GeneratorConfig} itself. */
record GeneratorArguments(Path out, GeneratorConfig config) {
  GeneratorArguments {
    requireNonNull(out, "out is null");
    requireNonNull(config, "config is null");
  }

  static GeneratorArguments parse(String[] args) {
    Path out = null;
    int people = 1000;
    long seed = 42;
    Difficulty difficulty = Difficulty.NORMAL;
    double badRowRate = 0;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++i];
      try {
        switch (flag) {
          case "--out" -> out = Path.of(value);
          case "--people" -> people = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--difficulty" -> difficulty = Difficulty.parse(value);
          case "--bad-row-rate" -> badRowRate = Double.parseDouble(value);
          default ->
              throw new IllegalArgumentException(
                  "unknown option '"
                      + flag
                      + "'; use --out DIR --people N --seed S --difficulty easy|normal|hard --bad-row-rate R");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number for " + flag + ": '" + value + "'", e);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    return new GeneratorArguments(out, new GeneratorConfig(seed, people, difficulty, badRowRate));
  }
}
