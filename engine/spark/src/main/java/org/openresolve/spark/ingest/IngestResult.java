package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.concat_ws;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.openresolve.spark.schema.Columns;

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

  public IngestResult(
      Dataset<Row> records,
      Dataset<Row> quarantine,
      Dataset<Row> fieldIssues,
      List<SourceCounts> counts,
      Dataset<Row> parsed) {
    this(records, quarantine, fieldIssues, counts, parsed, null);
  }

  public long totalRecords() {
    return counts.stream().mapToLong(SourceCounts::recordsAccepted).sum();
  }

  /**
   * The same result without the given records ({@code source:record_id}), their field issues, the
   * quarantined rows that name them, and what was derived from them: erasure removes a record from
   * every table written after it.
   */
  public IngestResult without(Set<String> erased) {
    if (erased.isEmpty()) {
      return this;
    }
    Dataset<Row> keys =
        records
            .sparkSession()
            .createDataset(List.copyOf(erased), Encoders.STRING())
            .toDF("_erased");
    return new IngestResult(
        withoutKeys(records, keys),
        withoutKeys(quarantine, keys),
        withoutKeys(fieldIssues, keys),
        counts,
        parsed,
        derived == null ? null : withoutKeys(derived, keys));
  }

  /**
   * The rows of a table keyed by {@code source} and {@code record_id} whose key is not in {@code
   * keys}.
   */
  private static Dataset<Row> withoutKeys(Dataset<Row> table, Dataset<Row> keys) {
    return table.join(broadcast(keys), recordKey(table).equalTo(keys.col("_erased")), "left_anti");
  }

  private static Column recordKey(Dataset<Row> table) {
    return concat_ws(":", table.col(Columns.SOURCE), table.col(Columns.RECORD_ID));
  }

  /** How many of the given keys are records of this result. */
  public long countOf(Set<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    return records.filter(recordKey(records).isin(keys.toArray())).count();
  }

  public void release() {
    parsed.unpersist();
  }
}
