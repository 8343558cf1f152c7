package org.openresolve.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import picocli.CommandLine.Option;

/** The output directory of a run: must not exist unless {@code --overwrite}. */
final class OutputOptions {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (must not exist).")
  Path out;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  boolean overwrite;

  /** Makes a fresh, empty output directory, or says why it cannot. */
  Path prepare() {
    Path dir = out.toAbsolutePath().normalize();
    if (Files.exists(dir)) {
      if (!overwrite) {
        throw new UserError("output directory " + out + " already exists; choose another or pass --overwrite");
      }
      if (!Files.isDirectory(dir)) {
        throw new UserError("--out " + out + " is a file, not a directory");
      }
      deleteTree(dir);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserError("cannot create output directory " + out + ": " + e.getMessage());
    }
    return dir;
  }

  private static void deleteTree(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
