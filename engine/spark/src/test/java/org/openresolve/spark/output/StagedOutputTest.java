package org.openresolve.spark.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.config.UserInputException;

class StagedOutputTest {
  @TempDir Path dir;

  /** Writes a table and a manifest into a staging directory, as a run does. */
  private static void writeRun(StagedOutput staged, String content) throws IOException {
    Path tables = Files.createDirectories(staged.dir().resolve("records"));
    Files.writeString(tables.resolve("part-0.parquet"), content);
    Files.writeString(
        staged.dir().resolve("manifest.json"), "{\"finished_at\": \"2026-01-01T00:00:00Z\"}");
  }

  private Path finishedOutput(String content) throws IOException {
    StagedOutput staged = StagedOutput.beside(dir.resolve("out"), "--out");
    staged.open(false);
    writeRun(staged, content);
    staged.commit("resolve", "run-" + content, "manifest.json");
    return staged.target();
  }

  private List<String> besideTheOutput() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesBesideTheOutputAndMovesItIntoPlaceOnlyWhenComplete() throws IOException {
    StagedOutput staged = StagedOutput.beside(dir.resolve("out"), "--out");
    Path writing = staged.open(false);
    writeRun(staged, "new");

    assertThat(writing.getParent()).isEqualTo(dir);
    assertThat(writing.getFileName().toString()).startsWith(".out.openresolve-staging-");
    assertThat(writing.resolve(StagedOutput.STAGING_MARKER)).isRegularFile();
    assertThat(dir.resolve("out")).doesNotExist();

    staged.commit("resolve", "run-1", "manifest.json");

    assertThat(OutputDirectory.whyIncomplete(dir.resolve("out"), "resolve")).isNull();
    assertThat(dir.resolve("out").resolve(StagedOutput.STAGING_MARKER)).doesNotExist();
    assertThat(besideTheOutput()).containsExactly("out");
  }

  @Test
  void keepsThePreviousOutputUntilTheNewOneIsCompleteThenReplacesIt() throws IOException {
    Path out = finishedOutput("old");
    StagedOutput staged = StagedOutput.beside(out, "--out");
    staged.open(true);
    writeRun(staged, "new");

    assertThat(out.resolve("records").resolve("part-0.parquet")).hasContent("old");

    staged.commit("resolve", "run-2", "manifest.json");

    assertThat(out.resolve("records").resolve("part-0.parquet")).hasContent("new");
    assertThat(OutputDirectory.whyIncomplete(out, "resolve")).isNull();
    assertThat(besideTheOutput()).containsExactly("out");
  }

  @Test
  void anAbandonedRunLeavesThePreviousOutputAsItWasAndNothingBesideIt() throws IOException {
    Path out = finishedOutput("old");
    StagedOutput staged = StagedOutput.beside(out, "--out");
    staged.open(true);
    writeRun(staged, "half");

    staged.abandon();

    assertThat(out.resolve("records").resolve("part-0.parquet")).hasContent("old");
    assertThat(besideTheOutput()).containsExactly("out");
  }

  @Test
  void refusesAnExistingOutputWithoutOverwriteBeforeCreatingAnything() throws IOException {
    Path out = finishedOutput("old");
    StagedOutput staged = StagedOutput.beside(out, "--out");

    assertThatThrownBy(() -> staged.open(false))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "output directory " + out + " already exists; choose another or pass --overwrite");
    assertThat(besideTheOutput()).containsExactly("out");
  }

  @Test
  void theNextRunRemovesTheStagingDirectoryOfAKilledRun() throws IOException {
    StagedOutput killed = StagedOutput.beside(dir.resolve("out"), "--out");
    killed.open(false);
    writeRun(killed, "half");

    StagedOutput next = StagedOutput.beside(dir.resolve("out"), "--out");
    next.open(false);

    assertThat(killed.dir()).doesNotExist();
    assertThat(besideTheOutput()).containsExactly(next.dir().getFileName().toString());
  }

  @Test
  void leavesAHiddenFolderOfTheSameNameWithoutTheEnginesMarker() throws IOException {
    Path mine = Files.createDirectories(dir.resolve(".out.openresolve-staging-mine"));
    Files.writeString(mine.resolve("notes.txt"), "the user's");

    StagedOutput.beside(dir.resolve("out"), "--out").open(false);

    assertThat(mine.resolve("notes.txt")).hasContent("the user's");
  }

  @Test
  void putsBackAPreviousOutputThatARunKilledBetweenItsTwoRenamesLeftAside() throws IOException {
    Path out = finishedOutput("old");
    Path aside = dir.resolve(".out.openresolve-previous-0123456789ab");
    Files.move(out, aside);

    StagedOutput next = StagedOutput.beside(out, "--out");
    assertThatThrownBy(() -> next.open(false)).isInstanceOf(UserInputException.class);

    assertThat(out.resolve("records").resolve("part-0.parquet")).hasContent("old");
    assertThat(OutputDirectory.whyIncomplete(out, "resolve")).isNull();
    assertThat(aside).doesNotExist();
  }
}
