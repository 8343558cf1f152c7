package org.openresolve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.core.normalise.PhoneNormaliser;
import org.openresolve.spark.ingest.SourceInput;
import picocli.CommandLine.Option;

/** The options that name a run's sources, shared by the commands that read sources. */
final class SourceOptions {
  @Option(
      names = "--source",
      required = true,
      paramLabel = "NAME=KIND:PATH",
      description =
          "A source to read: its name in this run, its kind (criminal-records, intelligence-reports, open-web, csv, jsonl) and a file or directory. Repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "NAME=FILE",
      description = "Mapping file (YAML) for a source of kind csv or jsonl. Repeatable.")
  Map<String, Path> mappings = new LinkedHashMap<>();

  @Option(
      names = "--phone-region",
      paramLabel = "NAME=CC",
      description =
          "Country (ISO alpha-2) assumed for a source's phone numbers written without a country code. Repeatable.")
  Map<String, String> phoneRegions = new LinkedHashMap<>();

  /** The sources, checked: unique names, readable local paths, mappings where needed. */
  List<SourceInput> inputs() {
    List<SourceInput> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String text : sources) {
      SourceSpec spec = SourceSpec.parse(text);
      if (!names.add(spec.name())) {
        throw new UserError("source name '" + spec.name() + "' is given twice");
      }
      checkReadable(spec);
      SourceMapping mapping = null;
      Path mappingFile = mappings.get(spec.name());
      if (spec.kind().needsMapping()) {
        if (mappingFile == null) {
          throw new UserError(
              "source '"
                  + spec.name()
                  + "' is of kind "
                  + spec.kind().id()
                  + ": give its mapping with --mapping "
                  + spec.name()
                  + "=FILE");
        }
        mapping = SourceMapping.read(mappingFile);
      } else if (mappingFile != null) {
        throw new UserError(
            "source '"
                + spec.name()
                + "' is of kind "
                + spec.kind().id()
                + ", which has a fixed format and takes no --mapping");
      }
      out.add(
          new SourceInput(
              spec.name(), spec.kind(), spec.path(), mapping, phoneRegion(spec.name())));
    }
    for (String name : mappings.keySet()) {
      if (!names.contains(name)) {
        throw new UserError("--mapping names source '" + name + "', which no --source defines");
      }
    }
    for (String name : phoneRegions.keySet()) {
      if (!names.contains(name)) {
        throw new UserError(
            "--phone-region names source '" + name + "', which no --source defines");
      }
    }
    return out;
  }

  private String phoneRegion(String source) {
    String written = phoneRegions.get(source);
    try {
      return written == null ? null : PhoneNormaliser.region(written);
    } catch (IllegalArgumentException e) {
      throw new UserError("--phone-region " + source + "=" + written + ": " + e.getMessage());
    }
  }

  /** The local files and folders the sources and mappings name, by the option that named each. */
  Map<String, Path> inputPaths() {
    Map<String, Path> paths = new LinkedHashMap<>();
    for (String text : sources) {
      SourceSpec spec = SourceSpec.parse(text);
      if (isLocal(spec.path())) {
        paths.put("the input of --source " + spec.name(), localPath(spec.path()));
      }
    }
    mappings.forEach((name, file) -> paths.put("the mapping of --source " + name, file));
    return paths;
  }

  private static boolean isLocal(String path) {
    return !path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || path.startsWith("file:");
  }

  private static Path localPath(String path) {
    return Path.of(path.replaceFirst("^file:(//)?", ""));
  }

  private static void checkReadable(SourceSpec spec) {
    if (!isLocal(spec.path())) {
      return; // a cluster file system: Spark will report what it cannot read
    }
    Path p = localPath(spec.path());
    if (!Files.exists(p)) {
      throw new UserError("source '" + spec.name() + "': " + p + " does not exist");
    }
    if (!Files.isReadable(p)) {
      throw new UserError("source '" + spec.name() + "': " + p + " is not readable");
    }
    if (Files.isRegularFile(p) || Files.isDirectory(p)) {
      return;
    }
    throw new UserError(
        "source '" + spec.name() + "': " + p + " is neither a file nor a directory");
  }
}
