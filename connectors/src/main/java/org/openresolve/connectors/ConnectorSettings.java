package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.model.SourceKind;

/**
 * How to read one source.
 *
 * @param sourceName the source name given in the run; it prefixes every record key
 * @param kind the source kind
 * @param fileName the file's path as reported in quarantine rows and field issues
 * @param phoneRegion ISO alpha-2 region assumed for phone numbers written without a country code,
 *     or null to accept only international numbers
 * @param mapping column-to-field mapping, required for {@code csv} and {@code jsonl}, else null
 * @param maxRowBytes rows longer than this are quarantined as oversize
 * @param readAt the time of the run; birth dates after it are bad values
 */
public record ConnectorSettings(
    String sourceName,
    SourceKind kind,
    String fileName,
    String phoneRegion,
    SourceMapping mapping,
    int maxRowBytes,
    Instant readAt)
    implements Serializable {
  public static final int DEFAULT_MAX_ROW_BYTES = 1 << 20;

  public ConnectorSettings {
    requireNonNull(sourceName, "sourceName is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(fileName, "fileName is null");
    requireNonNull(readAt, "readAt is null");
    if (kind.needsMapping() && mapping == null) {
      throw new IllegalArgumentException("source kind " + kind.id() + " needs a mapping file");
    }
    if (maxRowBytes < 1) {
      throw new IllegalArgumentException("maxRowBytes must be positive: " + maxRowBytes);
    }
  }

  /** The phone region: the one given, else the mapping's, else none. */
  public String effectivePhoneRegion() {
    if (phoneRegion != null) {
      return phoneRegion;
    }
    return mapping == null ? null : mapping.phoneRegion();
  }
}
