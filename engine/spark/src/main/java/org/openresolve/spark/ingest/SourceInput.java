package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.core.config.UserInputException;
import org.openresolve.model.SourceKind;

/**
 * One source of a run: its name, kind, path (a file or a directory of files, any Hadoop file system
 * URI) and, for mapped kinds, its mapping.
 *
 * @param phoneRegion ISO alpha-2 region for phone numbers without a country code, or null
 */
public record SourceInput(
    String name, SourceKind kind, String path, SourceMapping mapping, String phoneRegion)
    implements Serializable {
  public SourceInput {
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(path, "path is null");
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new UserInputException(
          "source name '" + name + "' may hold only letters, digits, '_', '-' and '.'");
    }
    if (kind.needsMapping() && mapping == null) {
      throw new UserInputException(
          "source '" + name + "' is of kind " + kind.id() + " and needs a mapping file");
    }
  }
}
