package org.openresolve.scenarios;

import java.util.Arrays;
import java.util.List;
import org.openresolve.model.SourceKind;

/**
 * The three sources a scenario may hold, one per contract kind: the key in the scenario file is
 * also the source name of its records ({@code criminal_records:MPS-1}), as in the sample data.
 */
enum ScenarioSource {
  CRIMINAL_RECORDS("criminal_records", SourceKind.CRIMINAL_RECORDS, "criminal_records.csv"),
  INTELLIGENCE_REPORTS(
      "intelligence_reports", SourceKind.INTELLIGENCE_REPORTS, "intelligence_reports.jsonl"),
  OPEN_WEB("open_web", SourceKind.OPEN_WEB, "open_web.jsonl");

  private final String sourceName;
  private final SourceKind kind;
  private final String sampleFile;

  ScenarioSource(String sourceName, SourceKind kind, String sampleFile) {
    this.sourceName = sourceName;
    this.kind = kind;
    this.sampleFile = sampleFile;
  }

  String sourceName() {
    return sourceName;
  }

  SourceKind kind() {
    return kind;
  }

  /** The file of this kind in a directory laid out as the sample data. */
  String sampleFile() {
    return sampleFile;
  }

  String text(ScenarioFile f) {
    return switch (this) {
      case CRIMINAL_RECORDS -> f.criminalRecords();
      case INTELLIGENCE_REPORTS -> f.intelligenceReports();
      case OPEN_WEB -> f.openWeb();
    };
  }

  static List<String> names() {
    return Arrays.stream(values()).map(ScenarioSource::sourceName).toList();
  }
}
