package org.openresolve.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory a local run's Spark keeps its shuffle, spill and cached blocks in ({@code
 * spark.local.dir}): those files hold record values, so each run gets a fresh one, readable by its
 * user only, and removes it when the session stops, or when the JVM exits after a failure. A run
 * killed outright cannot, so each run first removes the directories of runs whose process is gone.
 * The directory is {@code openresolve-spark-PID-RANDOM} under {@code java.io.tmpdir} and holds the
 * marker {@value #MARKER}; nothing else there is touched.
 */
final class SparkScratch {
  static final String PREFIX = "openresolve-spark-";
  static final String MARKER = ".openresolve-scratch";

  private SparkScratch() {}

  /** A fresh directory for one session, after removing those of killed runs. */
  static Path create() {
    return create(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
  }

  static Path create(Path tmp) {
    removeThoseOfEndedRuns(tmp);
    try {
      Path dir = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      Files.writeString(dir.resolve(MARKER), "");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> delete(dir), "remove " + dir.getFileName()));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a directory for Spark's temporary files under " + tmp, e);
    }
  }

  /** True for a directory {@link #create} made. */
  static boolean isOurs(Path dir) {
    return dir.getFileName() != null
        && dir.getFileName().toString().startsWith(PREFIX)
        && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  /** The scratch directories of processes that no longer run: killed runs. */
  private static void removeThoseOfEndedRuns(Path tmp) {
    List<Path> ended;
    try (Stream<Path> s = Files.list(tmp)) {
      ended = s.filter(SparkScratch::isOurs).filter(d -> !running(d)).toList();
    } catch (IOException e) {
      return; // an unlistable temp directory: creating ours will say what is wrong
    }
    ended.forEach(SparkScratch::delete);
  }

  private static boolean running(Path dir) {
    String rest = dir.getFileName().toString().substring(PREFIX.length());
    int dash = rest.indexOf('-');
    try {
      Optional<ProcessHandle> p =
          ProcessHandle.of(Long.parseLong(dash < 0 ? rest : rest.substring(0, dash)));
      return p.isPresent() && p.get().isAlive();
    } catch (NumberFormatException e) {
      return true; // not a name this class gave: leave it
    }
  }

  /**
   * Removes the directory, the marker last. Best effort: at JVM exit Spark may still be removing
   * its own files from it, so what vanishes meanwhile is skipped.
   */
  static void delete(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (!file.equals(dir.resolve(MARKER))) {
                Files.deleteIfExists(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              if (d.equals(dir)) {
                Files.deleteIfExists(d.resolve(MARKER));
              }
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      System.err.println(
          "could not remove all of Spark's temporary files in " + dir + ": " + e.getMessage());
    }
  }
}
