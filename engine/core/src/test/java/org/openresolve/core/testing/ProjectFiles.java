package org.openresolve.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project and the shared benchmark data beside it, found from any module. */
public final class ProjectFiles {
  private ProjectFiles() {}

  /**
   * The project's root: the first directory up from the working directory holding the rule sets.
   */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("rules/default/ruleset.yaml"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as(
            "no project root (with rules/default/ruleset.yaml) above "
                + Path.of("").toAbsolutePath())
        .isNotNull();
    return dir;
  }

  /**
   * A file of the shared benchmark datasets ({@code ../shared/datasets} from the project root).
   * Fails when it is missing: a test that needs the data must not pass without it.
   */
  public static Path dataset(String relative) {
    Path file = root().resolveSibling("shared").resolve("datasets").resolve(relative);
    assertThat(file)
        .as("benchmark data missing: " + file + " (the shared datasets belong beside the project)")
        .isRegularFile();
    return file;
  }
}
