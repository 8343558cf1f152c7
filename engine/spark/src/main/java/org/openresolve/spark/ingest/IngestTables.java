package org.openresolve.spark.ingest;

import java.nio.file.Path;
import org.apache.spark.sql.SaveMode;

/** Writes the three ingest tables as Parquet under an output directory. */
public final class IngestTables {
  public static final String RECORDS = "records";
  public static final String QUARANTINE = "quarantine";
  public static final String FIELD_ISSUES = "field_issues";

  private IngestTables() {}

  public static void write(IngestResult result, Path out) {
    result.records().write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(RECORDS).toString());
    // Bad rows are few; one file each keeps the folders easy to open by hand.
    result
        .quarantine()
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(QUARANTINE).toString());
    result
        .fieldIssues()
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(FIELD_ISSUES).toString());
  }
}
