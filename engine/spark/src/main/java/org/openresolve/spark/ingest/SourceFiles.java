package org.openresolve.spark.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.openresolve.core.config.UserInputException;

/**
 * Lists the files of a source before any is read: the file itself, or every file under a folder, in
 * subfolders too, whatever its name. Hadoop's input formats would skip names starting with {@code
 * _} or {@code .}, ignore subfolders and take {@code [1]} in a name as a pattern; here a path is
 * taken literally and nothing under a source folder goes unread.
 */
final class SourceFiles {
  private SourceFiles() {}

  /**
   * The files of {@code source}, in path order, numbered from 0; a folder without files is an
   * error.
   */
  static List<SourceFile> of(SourceInput source, Configuration conf) {
    Path root = literal(source.path());
    List<String> uris = new ArrayList<>();
    try {
      FileSystem fs = FileSystem.get(root.toUri(), conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(root);
      } catch (FileNotFoundException e) {
        throw new UserInputException(
            "source '" + source.name() + "': " + source.path() + " does not exist");
      }
      if (!status.isDirectory()) {
        uris.add(status.getPath().toUri().toString());
      } else {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        while (files.hasNext()) {
          uris.add(files.next().getPath().toUri().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list the files of source '" + source.name() + "' at " + source.path(), e);
    }
    if (uris.isEmpty()) {
      throw new UserInputException(
          "source '" + source.name() + "': the folder " + source.path() + " holds no files");
    }
    uris.sort(Comparator.naturalOrder());
    List<SourceFile> out = new ArrayList<>(uris.size());
    for (int i = 0; i < uris.size(); i++) {
      out.add(new SourceFile(i, uris.get(i)));
    }
    return out;
  }

  /** Whether a source path is on a local disk (no scheme, or {@code file:}). */
  static boolean isLocal(String path) {
    return !path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || path.startsWith("file:");
  }

  /**
   * A path as written: a URI with a scheme ({@code hdfs://...}), else a local path; never a
   * pattern.
   */
  static Path literal(String path) {
    if (!isLocal(path)) {
      return new Path(path);
    }
    return new Path(localFile(path).toUri());
  }

  /** A local source path ({@link #isLocal}) as a file on this machine's disk. */
  static java.nio.file.Path localFile(String path) {
    return java.nio.file.Path.of(path.replaceFirst("^file:(//)?", "")).toAbsolutePath().normalize();
  }
}
