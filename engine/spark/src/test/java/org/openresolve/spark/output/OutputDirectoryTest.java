package org.openresolve.spark.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.config.UserInputException;

class OutputDirectoryTest {
  @TempDir Path dir;

  /** A finished output as the engine leaves it: tables, manifest, marker, _SUCCESS. */
  private Path earlierOutput() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("records"));
    Files.writeString(out.resolve("records").resolve("part-0.parquet"), "x");
    Files.writeString(out.resolve("manifest.json"), "{}");
    OutputDirectory.seal(out, "resolve", "run-1", "manifest.json");
    OutputDirectory.markComplete(out);
    return out;
  }

  @Test
  void replacesAnEarlierOutputOfTheEngine() throws IOException {
    Path out = earlierOutput();

    Path prepared = OutputDirectory.prepare(out, true, "--out");

    assertThat(prepared).isEqualTo(out);
    assertThat(prepared).isEmptyDirectory();
  }

  @Test
  void replacesAnEmptyDirectory() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));

    assertThat(OutputDirectory.prepare(out, true, "--out")).isEmptyDirectory();
  }

  @Test
  void refusesAnExistingDirectoryWithoutOverwrite() throws IOException {
    Path out = earlierOutput();

    assertThatThrownBy(() -> OutputDirectory.prepare(out, false, "--out"))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "output directory " + out + " already exists; choose another or pass --overwrite");
  }

  @Test
  void refusesAFolderTheEngineDidNotWriteAndKeepsItsFiles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("thesis"));
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub").resolve("thesis.txt"), "four years of work");

    assertThatThrownBy(() -> OutputDirectory.prepare(folder, true, "--out"))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "--out "
                + folder
                + " holds files the engine did not write (it has no .openresolve-output marker); refusing to replace it: choose another directory");
    assertThat(folder.resolve("sub").resolve("thesis.txt")).hasContent("four years of work");
  }

  @Test
  void refusesAnOutputToWhichTheUserAddedAFile() throws IOException {
    Path out = earlierOutput();
    Files.writeString(out.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> OutputDirectory.prepare(out, true, "--to"))
        .hasMessage(
            "--to "
                + out
                + " holds 'notes.txt', which the engine did not write; refusing to replace it: move it out or choose another directory");
    assertThat(out.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void refusesAnOutputWithoutItsManifest() throws IOException {
    Path out = earlierOutput();
    Files.delete(out.resolve("manifest.json"));

    assertThatThrownBy(() -> OutputDirectory.prepare(out, true, "--out"))
        .hasMessage(
            "--out "
                + out
                + " has no manifest.json, so it is not a complete output of the engine; refusing to replace it");
    assertThat(out.resolve("records")).isDirectory();
  }

  @Test
  void refusesADamagedMarker() throws IOException {
    Path out = earlierOutput();
    Files.writeString(out.resolve(OutputDirectory.MARKER), "{\"written_by\": \"someone\"}");

    assertThatThrownBy(() -> OutputDirectory.prepare(out, true, "--out"))
        .hasMessage(
            "--out "
                + out
                + " has a damaged .openresolve-output marker; refusing to replace it: choose another directory");
  }

  @Test
  void refusesAFileGivenAsTheDirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("data.csv"), "record_id\n");

    assertThatThrownBy(() -> OutputDirectory.prepare(file, true, "--out"))
        .hasMessage("--out " + file + " is not a directory; refusing to replace it");
    assertThat(file).hasContent("record_id\n");
  }

  @Test
  void theMarkerListsEveryEntryOfTheOutput() throws IOException {
    Path out = earlierOutput();

    assertThat(Files.readString(out.resolve(OutputDirectory.MARKER)))
        .contains(
            "\"command\" : \"resolve\"",
            "\"manifest\" : \"manifest.json\"",
            "\"entries\" : [ \"manifest.json\", \"records\" ]");
  }

  @Test
  void refusesAnOutputDirectoryHoldingAnInput() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path csv = Files.writeString(data.resolve("crim.csv"), "record_id\n");

    assertThatThrownBy(
            () ->
                OutputDirectory.requireApart(
                    data, "--out", Map.of("the input of --source crim", csv)))
        .hasMessage(
            "--out "
                + data
                + " holds the input of --source crim ("
                + csv
                + "); choose an output directory apart from the inputs");
  }

  @Test
  void refusesAnOutputDirectoryInsideASourceFolder() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));

    assertThatThrownBy(
            () ->
                OutputDirectory.requireApart(
                    data.resolve("out"), "--out", Map.of("the input of --source crim", data)))
        .hasMessage(
            "--out "
                + data.resolve("out")
                + " lies inside the input of --source crim ("
                + data
                + "); choose an output directory apart from the inputs");
  }

  @Test
  void acceptsAnOutputDirectoryBesideTheInputs() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));

    OutputDirectory.requireApart(
        dir.resolve("data-out"), "--out", Map.of("the input of --source crim", data));
  }
}
