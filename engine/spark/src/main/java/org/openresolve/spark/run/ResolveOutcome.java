package org.openresolve.spark.run;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openresolve.core.scoring.SharedValueSummary;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.ingest.SourceCounts;
import org.openresolve.spark.resolve.ResolveResult;

/**
 * What a resolve run produced: the accounting per source, what resolution found, the timings, the
 * evaluation when a truth file was given, and the manifest it wrote.
 *
 * @param evaluation the scores against the truth file, or null without one
 */
public record ResolveOutcome(
    ManifestRecord manifest,
    List<SourceCounts> sourceCounts,
    ResolveResult result,
    Map<String, Long> timingsMillis,
    int maxEntitySize,
    List<SharedValueSummary> sharedValues,
    EvaluateJob.Result evaluation) {
  public ResolveOutcome {
    requireNonNull(manifest, "manifest is null");
    sourceCounts = List.copyOf(sourceCounts);
    sharedValues = List.copyOf(sharedValues);
    requireNonNull(result, "result is null");
    timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
  }

  public String runId() {
    return manifest.runId();
  }

  public long inputRecords() {
    return sourceCounts.stream().mapToLong(SourceCounts::recordsAccepted).sum();
  }

  /** Entities over the rule set's size limit. */
  public long oversizeEntities() {
    return result.entitySizes().entrySet().stream()
        .filter(e -> e.getKey() > maxEntitySize)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /**
   * The manifest a run wrote.
   *
   * @param out the output directory it describes
   * @param auditEntry the hash of the run's audit entry, or null without an audit log
   */
  public record ManifestRecord(
      String runId, Path out, Path file, Instant startedAt, Instant finishedAt, String auditEntry) {
    public ManifestRecord {
      requireNonNull(runId, "runId is null");
      requireNonNull(out, "out is null");
      requireNonNull(file, "file is null");
    }
  }
}
