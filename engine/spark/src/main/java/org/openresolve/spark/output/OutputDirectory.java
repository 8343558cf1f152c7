package org.openresolve.spark.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openresolve.core.config.UserInputException;

/**
 * A directory the engine writes. Once complete it holds a marker file, {@value #MARKER}, naming the
 * command that wrote it, its manifest and every entry it wrote. {@code --overwrite} replaces only
 * an empty directory or one whose marker and manifest are there and whose every entry the marker
 * lists: a folder of the user's given by mistake, a source folder, or an output to which someone
 * added a file of their own is refused, never deleted.
 */
public final class OutputDirectory {
  /** The engine's marker; hidden, like the {@code _SUCCESS} files, from readers of the tables. */
  public static final String MARKER = ".openresolve-output";

  /**
   * Written last, when everything else is in place: a reader may take the directory as complete.
   */
  public static final String SUCCESS = "_SUCCESS";

  private static final String WRITTEN_BY = "OpenResolve";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputDirectory() {}

  /**
   * Makes {@code requested} an empty directory and returns its absolute path. An existing directory
   * is replaced only with {@code overwrite}, and only when {@link #whyNotReplaceable} allows it.
   *
   * @param option the option that named the directory, for the messages ({@code --out}, {@code
   *     --to})
   */
  public static Path prepare(Path requested, boolean overwrite, String option) {
    Path dir = requested.toAbsolutePath().normalize();
    if (requireReplaceable(requested, overwrite, option)) {
      deleteTree(dir);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserInputException(
          "cannot create output directory " + requested + ": " + e.getMessage());
    }
    return dir;
  }

  /**
   * True when {@code requested} exists and may be replaced, false when it does not exist; refuses
   * with one line an existing directory without {@code overwrite}, or one {@link
   * #whyNotReplaceable} protects.
   */
  static boolean requireReplaceable(Path requested, boolean overwrite, String option) {
    Path dir = requested.toAbsolutePath().normalize();
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!overwrite) {
      throw new UserInputException(
          "output directory " + requested + " already exists; choose another or pass --overwrite");
    }
    String why = whyNotReplaceable(dir);
    if (why != null) {
      throw new UserInputException(option + " " + requested + " " + why);
    }
    return true;
  }

  /**
   * Null when {@code dir} may be replaced: it is an empty directory, or a complete output of the
   * engine with nothing added to it. Otherwise why not, as the end of a sentence naming the
   * directory.
   */
  public static String whyNotReplaceable(Path dir) {
    if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
      return "is not a directory; refusing to replace it";
    }
    List<String> entries = entries(dir);
    if (entries.isEmpty()) {
      return null;
    }
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return "holds files the engine did not write (it has no "
          + MARKER
          + " marker); refusing to replace it: choose another directory";
    }
    JsonNode m;
    try {
      m = JSON.readTree(marker.toFile());
    } catch (IOException e) {
      return "has a damaged "
          + MARKER
          + " marker; refusing to replace it: choose another directory";
    }
    if (m == null
        || !WRITTEN_BY.equals(m.path("written_by").asText())
        || !m.path("entries").isArray()) {
      return "has a damaged "
          + MARKER
          + " marker; refusing to replace it: choose another directory";
    }
    String manifest = m.path("manifest").asText("");
    if (manifest.isEmpty() || !Files.isRegularFile(dir.resolve(manifest))) {
      return "has no "
          + (manifest.isEmpty() ? "manifest" : manifest)
          + ", so it is not a complete output of the engine; refusing to replace it";
    }
    Set<String> written = new HashSet<>(List.of(MARKER, SUCCESS));
    m.path("entries").forEach(e -> written.add(e.asText()));
    for (String name : entries) {
      if (!written.contains(name)) {
        return "holds '"
            + name
            + "', which the engine did not write; refusing to replace it: move it out or choose another directory";
      }
    }
    return null;
  }

  /**
   * Marks {@code dir} as a complete output of {@code command}: the marker lists every entry now in
   * it. Called once the manifest is written; only {@link #SUCCESS} may follow.
   *
   * @param manifest the file in {@code dir} that says what the output holds
   */
  public static void seal(Path dir, String command, String runId, String manifest) {
    requireNonNull(command, "command is null");
    requireNonNull(runId, "runId is null");
    requireNonNull(manifest, "manifest is null");
    ObjectNode m =
        JSON.createObjectNode()
            .put("written_by", WRITTEN_BY)
            .put("command", command)
            .put("run_id", runId)
            .put("manifest", manifest);
    ArrayNode list = m.putArray("entries");
    entries(dir).stream()
        .filter(e -> !e.equals(MARKER) && !e.equals(SUCCESS))
        .sorted()
        .forEach(list::add);
    try {
      Files.writeString(
          dir.resolve(MARKER), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(MARKER), e);
    }
  }

  /**
   * Null when {@code dir} is a finished output of {@code er COMMAND}: its marker says so, its
   * manifest is there and has a finish time, and {@link #SUCCESS} was written after them. Otherwise
   * why not, as the end of a sentence naming the directory.
   */
  public static String whyIncomplete(Path dir, String command) {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return "has no " + MARKER + " marker, so it is not a finished output of er " + command;
    }
    JsonNode m;
    try {
      m = JSON.readTree(marker.toFile());
    } catch (IOException e) {
      return "has a damaged " + MARKER + " marker";
    }
    if (m == null || !command.equals(m.path("command").asText())) {
      return "is not an output of er " + command;
    }
    Path manifest = dir.resolve(m.path("manifest").asText("manifest.json"));
    try {
      JsonNode finished =
          Files.isRegularFile(manifest)
              ? JSON.readTree(manifest.toFile()).path("finished_at")
              : null;
      if (finished == null || !finished.isTextual()) {
        return "has no complete " + manifest.getFileName() + ", so the run did not finish";
      }
    } catch (IOException e) {
      return "has a damaged " + manifest.getFileName();
    }
    if (!Files.isRegularFile(dir.resolve(SUCCESS))) {
      return "has no " + SUCCESS + ", so the run did not finish";
    }
    return null;
  }

  /**
   * Refuses an output directory that is, holds or lies inside one of the run's inputs: replacing it
   * would delete them, and a source folder holding an output would read it back as input.
   *
   * @param inputs each input's path by the option that named it ({@code --source crim})
   */
  public static void requireApart(Path out, String option, Map<String, Path> inputs) {
    Path o = canonical(out);
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      Path in = canonical(input.getValue());
      if (in.startsWith(o)) {
        throw new UserInputException(
            option
                + " "
                + out
                + " holds "
                + input.getKey()
                + " ("
                + input.getValue()
                + "); choose an output directory apart from the inputs");
      }
      if (o.startsWith(in)) {
        throw new UserInputException(
            option
                + " "
                + out
                + " lies inside "
                + input.getKey()
                + " ("
                + input.getValue()
                + "); choose an output directory apart from the inputs");
      }
    }
  }

  /**
   * The path with symbolic links resolved as far as it exists, so two names of one folder compare
   * equal.
   */
  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }

  /** Writes {@link #SUCCESS}, the last file of a complete output. */
  public static void markComplete(Path dir) {
    try {
      Files.writeString(dir.resolve(SUCCESS), "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(SUCCESS), e);
    }
  }

  private static boolean isMarker(Path top, Path file) {
    String name = file.getFileName().toString();
    return top.equals(file.getParent())
        && (name.equals(SUCCESS)
            || name.equals(MARKER)
            || name.equals(StagedOutput.STAGING_MARKER));
  }

  private static List<String> entries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Removes an output this run created and did not finish; nothing in it is anyone else's. */
  public static void remove(Path dir) {
    if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(dir);
    }
  }

  /**
   * Deletes a tree the engine wrote. Symbolic links are removed, never followed. The engine's
   * markers at its top go last, so a deletion cut short still leaves a tree the next run recognises
   * as the engine's and finishes removing.
   */
  static void deleteTree(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (!isMarker(dir, file)) {
                Files.delete(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              if (e != null) {
                throw e;
              }
              if (d.equals(dir)) {
                for (String marker : List.of(SUCCESS, MARKER, StagedOutput.STAGING_MARKER)) {
                  Files.deleteIfExists(d.resolve(marker));
                }
              }
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
