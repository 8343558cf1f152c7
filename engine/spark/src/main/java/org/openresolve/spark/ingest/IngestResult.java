package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables ingest produced and its counts. The tables are backed by one persisted parse of the
 * inputs; call {@link #release()} once they are written.
 */
public record IngestResult(
    Dataset<Row> records,
    Dataset<Row> quarantine,
    Dataset<Row> fieldIssues,
    List<SourceCounts> counts,
    Dataset<Row> parsed) {
  public IngestResult {
    requireNonNull(records, "records is null");
    requireNonNull(quarantine, "quarantine is null");
    requireNonNull(fieldIssues, "fieldIssues is null");
    counts = List.copyOf(counts);
    requireNonNull(parsed, "parsed is null");
  }

  public long totalRecords() {
    return counts.stream().mapToLong(SourceCounts::recordsAccepted).sum();
  }

  public void release() {
    parsed.unpersist();
  }
}
