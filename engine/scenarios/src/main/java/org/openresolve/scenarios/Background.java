package org.openresolve.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.core.config.UserInputException;
import org.openresolve.model.PersonRecord;

/**
 * The population every scenario is resolved in: the contract files of a directory laid out as the
 * sample data ({@code criminal_records.csv}, {@code intelligence_reports.jsonl}, {@code
 * open_web.jsonl}), read by the connectors under source names prefixed {@code background_}. A
 * handful of records alone cannot be scored as a real export would be: the model learnt from them
 * would be meaningless, and every name in them would count as common. Rows the connectors
 * quarantine are left out, as a run leaves them out.
 */
public final class Background {
  static final String PREFIX = "background_";

  private Background() {}

  public static List<PersonRecord> read(Path dir) {
    List<PersonRecord> records = new ArrayList<>();
    for (ScenarioSource source : ScenarioSource.values()) {
      Path file = dir.resolve(source.sampleFile());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      ConnectorSettings settings =
          new ConnectorSettings(
              PREFIX + source.sourceName(),
              source.kind(),
              file.toString(),
              null,
              null,
              ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
              Instant.now());
      try (InputStream in = Files.newInputStream(file);
          SourceReader reader = Connectors.open(settings, in)) {
        reader.forEachRemaining(
            row -> {
              if (row instanceof RowResult.Accepted a) {
                records.addAll(a.records());
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    if (records.isEmpty()) {
      throw new UserInputException(
          "the background directory "
              + dir
              + " holds no readable criminal_records.csv, intelligence_reports.jsonl or open_web.jsonl");
    }
    return records;
  }
}
