package org.openresolve.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openresolve.core.config.ConfigFileException;

/**
 * The scenarios the engine is known to fail, each with a one-line reason: a line per scenario,
 * {@code NAME reason}, blank lines and {@code #} comments ignored. The suite's test accepts these
 * failures and no others, and fails when a listed scenario passes, so the list only shrinks.
 */
public record KnownGaps(Map<String, String> reasons) {
  public static final String FILE_NAME = "known-gaps.txt";

  public KnownGaps {
    reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
  }

  /** The list in a scenario directory, empty when it has none. */
  public static KnownGaps in(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return new KnownGaps(Map.of());
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length < 2) {
        throw new ConfigFileException(
            file.toString(),
            i + 1,
            parts[0],
            "no reason: write the scenario name, then one line saying why it fails");
      }
      if (reasons.put(parts[0], parts[1]) != null) {
        throw new ConfigFileException(file.toString(), i + 1, parts[0], "listed twice");
      }
    }
    return new KnownGaps(reasons);
  }

  public boolean contains(String scenario) {
    return reasons.containsKey(scenario);
  }
}
