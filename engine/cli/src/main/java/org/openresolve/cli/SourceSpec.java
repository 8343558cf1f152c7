package org.openresolve.cli;

import static java.util.Objects.requireNonNull;

import org.openresolve.model.SourceKind;

/**
 * A {@code --source NAME=KIND:PATH} argument.
 *
 * @param path a local path or a Hadoop file-system URI (hdfs://, s3a://...)
 */
record SourceSpec(String name, SourceKind kind, String path) {
  SourceSpec {
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(path, "path is null");
  }

  static SourceSpec parse(String text) {
    int eq = text.indexOf('=');
    int colon = eq < 0 ? -1 : text.indexOf(':', eq + 1);
    if (eq <= 0 || colon < 0 || colon == text.length() - 1) {
      throw new UserError(
          "--source '"
              + text
              + "' is not NAME=KIND:PATH (e.g. crim=criminal-records:data/crim.csv)");
    }
    String name = text.substring(0, eq);
    String kindId = text.substring(eq + 1, colon);
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new UserError(
          "--source '"
              + text
              + "': the name '"
              + name
              + "' may hold only letters, digits, '_', '-' and '.'");
    }
    SourceKind kind =
        SourceKind.fromId(kindId)
            .orElseThrow(
                () ->
                    new UserError(
                        "--source '"
                            + text
                            + "': unknown kind '"
                            + kindId
                            + "'; known kinds: "
                            + SourceKind.knownIds()));
    return new SourceSpec(name, kind, text.substring(colon + 1));
  }
}
