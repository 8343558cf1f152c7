package org.openresolve.spark.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.core.normalise.PhoneRegionVote;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;

/**
 * The region of the phone numbers a source writes without a country code, for each source that has
 * none from {@code --phone-region} or its mapping: the country code most of the source's own
 * international-form numbers carry ({@link PhoneRegionVote}). Decided once per source before it is
 * read, on the driver, from its first {@value #SAMPLE_ROWS} rows: a source's numbering habit shows
 * in its first rows as well as in all of them, and a second pass over a large source would cost as
 * much as reading it. Without such a region a national number is read in its holder's nationality
 * or not at all, and a UK export's "07..." mobiles of foreign nationals get a foreign country code.
 */
final class PhoneRegions {
  static final int SAMPLE_ROWS = 20_000;

  private PhoneRegions() {}

  /** The inferred region of each source that gets one, by source name. */
  static Map<String, String> infer(
      List<SourceInput> sources,
      Map<String, List<SourceFile>> listed,
      Configuration conf,
      Instant readAt,
      int maxRowBytes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SourceInput source : sources) {
      ConnectorSettings settings = settings(source, source.path(), readAt, maxRowBytes);
      if (settings.effectivePhoneRegion() != null) {
        continue;
      }
      PhoneRegionVote vote = new PhoneRegionVote();
      vote(source, listed.get(source.name()), conf, readAt, maxRowBytes, vote);
      vote.region().ifPresent(region -> out.put(source.name(), region));
    }
    return out;
  }

  /** Counts the international numbers of the source's first rows, file after file. */
  private static void vote(
      SourceInput source,
      List<SourceFile> files,
      Configuration conf,
      Instant readAt,
      int maxRowBytes,
      PhoneRegionVote vote) {
    long rows = 0;
    for (SourceFile file : files) {
      Path p = new Path(URI.create(file.uri()));
      try (InputStream in = FileSystem.get(p.toUri(), conf).open(p);
          SourceReader reader =
              Connectors.open(
                  settings(source, ReadSourceFile.displayPath(file.uri()), readAt, maxRowBytes),
                  in)) {
        while (rows < SAMPLE_ROWS && reader.hasNext()) {
          rows++;
          if (reader.next() instanceof RowResult.Accepted a) {
            for (PersonRecord r : a.records()) {
              for (Phone phone : r.phones()) {
                vote.add(phone.asWritten());
              }
            }
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // The read proper meets the same file and reports it, naming it; the vote stands on what
        // was read.
        return;
      }
      if (rows >= SAMPLE_ROWS) {
        return;
      }
    }
  }

  private static ConnectorSettings settings(
      SourceInput source, String path, Instant readAt, int maxRowBytes) {
    return new ConnectorSettings(
        source.name(),
        source.kind(),
        path,
        source.phoneRegion(),
        source.mapping(),
        maxRowBytes,
        readAt);
  }
}
