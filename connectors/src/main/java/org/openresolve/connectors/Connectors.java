package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.core.config.UserInputException;

/** Opens the reader for a source kind. */
public final class Connectors {
  private static final SourceMapping CRIMINAL_RECORDS = builtIn("criminal-records.yaml");

  private Connectors() {}

  /** A reader over {@code in}, which it closes when closed. */
  public static SourceReader open(ConnectorSettings settings, InputStream in) {
    requireNonNull(settings, "settings is null");
    requireNonNull(in, "in is null");
    return switch (settings.kind()) {
      case CRIMINAL_RECORDS -> new CsvSourceReader(settings, CRIMINAL_RECORDS, in);
      case INTELLIGENCE_REPORTS -> new IntelligenceReportReader(settings, in);
      case OPEN_WEB -> new OpenWebReader(settings, in);
      case CSV -> {
        requireFormat(settings, SourceMapping.Format.CSV);
        yield new CsvSourceReader(settings, settings.mapping(), in);
      }
      case JSONL -> {
        requireFormat(settings, SourceMapping.Format.JSONL);
        yield new JsonlMappedReader(settings, in);
      }
    };
  }

  private static void requireFormat(ConnectorSettings settings, SourceMapping.Format format) {
    if (settings.mapping().format() != format) {
      throw new UserInputException(
          "source '"
              + settings.sourceName()
              + "' is of kind "
              + settings.kind().id()
              + " but its mapping declares format "
              + settings.mapping().format().name().toLowerCase(Locale.ROOT));
    }
  }

  private static SourceMapping builtIn(String name) {
    try (InputStream in = Connectors.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in mapping " + name + " is missing from the jar");
      }
      return SourceMapping.read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
