package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/**
 * What a run wrote.
 *
 * @param people distinct true persons generated (some may end up with no readable record)
 * @param criminalRecords counts of {@code criminal_records.csv}
 * @param intelligenceReports counts of {@code intelligence_reports.jsonl}; rows are reports,
 *     records are subjects
 * @param openWeb counts of {@code open_web.jsonl}
 */
public record GeneratorSummary(
    long people,
    SourceFileCounts criminalRecords,
    SourceFileCounts intelligenceReports,
    SourceFileCounts openWeb) {
  public GeneratorSummary {
    requireNonNull(criminalRecords, "criminalRecords is null");
    requireNonNull(intelligenceReports, "intelligenceReports is null");
    requireNonNull(openWeb, "openWeb is null");
  }

  /** Rows of {@code truth.csv}: one per readable record. */
  public long truthRows() {
    return criminalRecords.records() + intelligenceReports.records() + openWeb.records();
  }
}
