package org.openresolve.spark.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.openresolve.core.config.UserInputException;

/**
 * An output written beside its final place and moved there only when complete, so that a run killed
 * at any moment leaves at {@code --out} either the previous complete output or nothing.
 *
 * <p>The run writes into a hidden directory in the same parent, {@code
 * .NAME.openresolve-staging-ID}, which holds the marker {@value #STAGING_MARKER} from its creation
 * on. {@link #commit} writes the engine's marker and {@code _SUCCESS} last, then swaps: the
 * previous output is renamed aside ({@code .NAME.openresolve-previous-ID}), the new one renamed in,
 * and the previous one deleted. Renames within one directory are atomic, so a reader sees the old
 * output, no output for the instant between the two renames, or the new one. The next run into the
 * same {@code --out} removes the staging directories of killed runs, and puts back a previous
 * output a run killed between the two renames left aside; it touches only hidden directories of
 * this name that carry one of the engine's markers.
 */
public final class StagedOutput {
  /** Marks a staging directory as the engine's from the moment it exists. */
  public static final String STAGING_MARKER = ".openresolve-staging";

  private static final String STAGING = ".openresolve-staging-";
  private static final String PREVIOUS = ".openresolve-previous-";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path target;
  private final String option;
  private final String id;

  private StagedOutput(Path target, String option) {
    this.target = requireNonNull(target, "target is null").toAbsolutePath().normalize();
    this.option = requireNonNull(option, "option is null");
    if (this.target.getParent() == null) {
      throw new UserInputException(
          option + " " + target + " is a root directory; an output directory needs a parent");
    }
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    this.id = HexFormat.of().formatHex(bytes);
  }

  /** The staging place for {@code target}; nothing is created until {@link #open}. */
  public static StagedOutput beside(Path target, String option) {
    return new StagedOutput(target, option);
  }

  /** Where the finished output will be. */
  public Path target() {
    return target;
  }

  /** Where the run writes. */
  public Path dir() {
    return sibling(STAGING + id);
  }

  /**
   * Tidies what killed runs left beside the target, refuses a target that may not be replaced
   * ({@link OutputDirectory#requireReplaceable}), and creates the staging directory with its
   * marker. The target itself is left as it is until {@link #commit}.
   */
  public Path open(boolean overwrite) {
    recoverLeftovers();
    OutputDirectory.requireReplaceable(target, overwrite, option);
    Path dir = dir();
    try {
      Files.createDirectories(target.getParent());
      Files.createDirectory(dir);
      Files.writeString(
          dir.resolve(STAGING_MARKER),
          JSON.createObjectNode().put("written_by", "OpenResolve").put("for", target.toString())
              + "\n");
    } catch (IOException e) {
      throw new UserInputException(
          "cannot create output directory " + dir + " beside " + target + ": " + e.getMessage());
    }
    return dir;
  }

  /**
   * Marks the staged output complete (the engine's marker listing its entries, then {@code
   * _SUCCESS}) and moves it into place, replacing the previous output.
   *
   * @param manifest the file in the staged output that says what it holds, written already
   */
  public void commit(String command, String runId, String manifest) {
    Path dir = dir();
    try {
      // Gone before the marker lists the entries; until the move the engine's marker, written
      // next, identifies the directory as the engine's.
      Files.delete(dir.resolve(STAGING_MARKER));
      OutputDirectory.seal(dir, command, runId, manifest);
      OutputDirectory.markComplete(dir);
      PausePoint.reached("complete-in-staging");
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(dir, target);
      } else {
        replace(dir);
      }
      syncParent();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished output " + dir + " to " + target, e);
    }
  }

  private void replace(Path dir) throws IOException {
    // Checked again: the output may have changed while the run lasted.
    String why = OutputDirectory.whyNotReplaceable(target);
    if (why != null) {
      throw new UserInputException(
          option + " " + target + " " + why + "; the finished output is in " + dir);
    }
    if (isEmptyDirectory(target)) {
      Files.delete(
          target); // nothing to keep, and an empty directory set aside would carry no marker
      move(dir, target);
      return;
    }
    Path aside = sibling(PREVIOUS + id);
    move(target, aside);
    PausePoint.reached("previous-aside");
    try {
      move(dir, target);
    } catch (IOException e) {
      move(aside, target);
      throw e;
    }
    PausePoint.reached("replaced");
    OutputDirectory.deleteTree(aside);
  }

  /** Removes the staging directory of a run that failed; a previous output at the target stays. */
  public void abandon() {
    OutputDirectory.remove(dir());
  }

  /**
   * The staging directories of killed runs are removed. A previous output left aside by a run
   * killed between its two renames is put back when the target is missing, else removed.
   */
  private void recoverLeftovers() {
    List<Path> leftovers;
    try (Stream<Path> s = Files.list(target.getParent())) {
      leftovers = s.filter(this::isLeftover).sorted().toList();
    } catch (IOException e) {
      return; // a parent that cannot be listed holds no leftovers of ours; creating the output will
      // say why
    }
    for (Path p : leftovers) {
      boolean previous =
          p.getFileName().toString().startsWith("." + target.getFileName() + PREVIOUS);
      try {
        if (previous
            && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(p.resolve(OutputDirectory.SUCCESS))) {
          move(p, target);
        } else {
          OutputDirectory.deleteTree(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot tidy " + p + ", left by an earlier run into " + target, e);
      }
    }
  }

  private static boolean isEmptyDirectory(Path p) throws IOException {
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  private boolean isLeftover(Path p) {
    String name = p.getFileName().toString();
    String prefix = "." + target.getFileName();
    if (!(name.startsWith(prefix + STAGING) || name.startsWith(prefix + PREVIOUS))
        || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return Files.isRegularFile(p.resolve(STAGING_MARKER), LinkOption.NOFOLLOW_LINKS)
        || Files.isRegularFile(p.resolve(OutputDirectory.MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  private Path sibling(String suffix) {
    return target.resolveSibling("." + target.getFileName() + suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the file system cannot rename " + from + " to " + to + " in one step", e);
    }
  }

  /**
   * The renames reach the disk before the run reports success; where directories cannot be synced,
   * the OS decides.
   */
  private void syncParent() {
    try (FileChannel c = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform opens directories; the rename itself is already atomic.
    }
  }
}
