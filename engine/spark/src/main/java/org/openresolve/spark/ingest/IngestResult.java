package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables ingest produced and its counts. The tables are backed by one persisted parse of the
 * inputs; call {@link #release()} once they are written and {@code derived} has been used.
 *
 * @param derived one row per record of what the job's {@link RecordDerivation} derived from it, or
 *     null when it had none
 */
public record IngestResult(
    Dataset<Row> records,
    Dataset<Row> quarantine,
    Dataset<Row> fieldIssues,
    List<SourceCounts> counts,
    Dataset<Row> parsed,
    Dataset<Row> derived) {
  public IngestResult {
    requireNonNull(records, "records is null");
    requireNonNull(quarantine, "quarantine is null");
    requireNonNull(fieldIssues, "fieldIssues is null");
    counts = List.copyOf(counts);
    requireNonNull(parsed, "parsed is null");
  }

  public IngestResult(Dataset<Row> records, Dataset<Row> quarantine, Dataset<Row> fieldIssues, List<SourceCounts> counts, Dataset<Row> parsed) {
    this(records, quarantine, fieldIssues, counts, parsed, null);
  }

  public long totalRecords() {
    return counts.stream().mapToLong(SourceCounts::recordsAccepted).sum();
  }

  /**
   * The same result without the given records ({@code source:record_id}), their field issues and
   * what was derived from them (whose first two columns must be the record's source and id):
   * erasure removes a record from every table written after it.
   */
  public IngestResult without(java.util.Set<String> erased) {
    if (erased.isEmpty()) {
      return this;
    }
    org.apache.spark.sql.Dataset<Row> keys =
        records.sparkSession().createDataset(java.util.List.copyOf(erased), org.apache.spark.sql.Encoders.STRING()).toDF("_erased");
    org.apache.spark.sql.Column recordKey = org.apache.spark.sql.functions.concat_ws(":", records.col("source"), records.col("record_id"));
    org.apache.spark.sql.Column issueKey = org.apache.spark.sql.functions.concat_ws(":", fieldIssues.col("source"), fieldIssues.col("record_id"));
    return new IngestResult(
        records.join(org.apache.spark.sql.functions.broadcast(keys), recordKey.equalTo(keys.col("_erased")), "left_anti"),
        quarantine,
        fieldIssues.join(org.apache.spark.sql.functions.broadcast(keys), issueKey.equalTo(keys.col("_erased")), "left_anti"),
        counts,
        parsed,
        derived == null
            ? null
            : derived.join(
                org.apache.spark.sql.functions.broadcast(keys),
                org.apache.spark.sql.functions.concat_ws(":", derived.col(derived.columns()[0]), derived.col(derived.columns()[1])).equalTo(keys.col("_erased")),
                "left_anti"));
  }

  /** How many of the given keys are records of this result. */
  public long countOf(java.util.Set<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    return records.filter(org.apache.spark.sql.functions.concat_ws(":", records.col("source"), records.col("record_id")).isin(keys.toArray())).count();
  }

  public void release() {
    parsed.unpersist();
  }
}
