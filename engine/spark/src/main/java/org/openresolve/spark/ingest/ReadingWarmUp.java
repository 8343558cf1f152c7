package org.openresolve.spark.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.model.PersonRecord;

/**
 * Reads the first rows of each local input file on a background thread while Spark starts, and
 * throws them away. The first records a run reads load the connectors' and the normalisers' code
 * and data (ICU's transliterators, the phone metadata, the rule set's name lists): about two
 * seconds of one core, spent while the other starts Spark instead of after it. Nothing read here is
 * kept, written or reported: the run reads every row again, and says what is wrong with any of them
 * there, so a failure here is ignored.
 */
public final class ReadingWarmUp {
  /** Rows read per file: enough to meet every kind of value a source holds once. */
  static final int ROWS = 200;

  private ReadingWarmUp() {}

  /**
   * Starts reading; the thread is a daemon and needs no joining.
   *
   * @param derivation what the run derives from each record, applied to the records read here
   */
  public static Thread start(List<SourceInput> sources, RecordDerivation derivation) {
    List<SourceInput> inputs = List.copyOf(sources);
    Thread t = new Thread(() -> inputs.forEach(s -> readFirstRows(s, derivation)), "warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Reads the first rows of one input, if it is a local file; returns the records met. */
  static int readFirstRows(SourceInput source, RecordDerivation derivation) {
    if (!SourceFiles.isLocal(source.path())) {
      return 0;
    }
    Path file = SourceFiles.localFile(source.path());
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    ConnectorSettings settings =
        new ConnectorSettings(
            source.name(),
            source.kind(),
            file.toString(),
            source.phoneRegion(),
            source.mapping(),
            ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
            Instant.now());
    int records = 0;
    try (InputStream in = Files.newInputStream(file);
        SourceReader reader = Connectors.open(settings, in)) {
      for (int row = 0; row < ROWS && reader.hasNext(); row++) {
        if (reader.next() instanceof RowResult.Accepted a) {
          for (PersonRecord r : a.records()) {
            if (derivation != null) {
              derivation.of(r);
            }
            records++;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // The run reads the file itself and reports what is wrong with it.
    }
    return records;
  }
}
