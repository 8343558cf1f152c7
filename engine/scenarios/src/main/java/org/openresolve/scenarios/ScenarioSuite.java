package org.openresolve.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.entity.CodePointOrder;

/** The scenario files of a directory ({@code *.yaml}, in name order) and its known gaps. */
public record ScenarioSuite(Path dir, List<Path> files, KnownGaps knownGaps) {
  public ScenarioSuite {
    files = List.copyOf(files);
  }

  public static ScenarioSuite in(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserInputException("scenario directory " + dir + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .sorted(
                  (a, b) ->
                      CodePointOrder.INSTANCE.compare(
                          a.getFileName().toString(), b.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (files.isEmpty()) {
      throw new UserInputException("no scenario files (*.yaml) in " + dir);
    }
    KnownGaps gaps = KnownGaps.in(dir);
    for (String name : gaps.reasons().keySet()) {
      if (files.stream().noneMatch(f -> f.getFileName().toString().equals(name + ".yaml"))) {
        throw new UserInputException(
            dir.resolve(KnownGaps.FILE_NAME)
                + " lists '"
                + name
                + "', which is no scenario of "
                + dir);
      }
    }
    return new ScenarioSuite(dir, files, gaps);
  }

  /** Every scenario read, so that a bad file stops the suite before anything runs. */
  public List<Scenario> read() {
    return files.stream().map(ScenarioReader::read).toList();
  }
}
