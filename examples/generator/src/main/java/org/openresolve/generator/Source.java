package org.openresolve.generator;

/** The three generated sources, with the names truth.csv gives them and their file names. */
enum Source {
  CRIMINAL_RECORDS("criminal_records", "criminal_records.csv"),
  INTELLIGENCE_REPORTS("intelligence_reports", "intelligence_reports.jsonl"),
  OPEN_WEB("open_web", "open_web.jsonl");

  private final String truthName;
  private final String fileName;

  Source(String truthName, String fileName) {
    this.truthName = truthName;
    this.fileName = fileName;
  }

  String truthName() {
    return truthName;
  }

  String fileName() {
    return fileName;
  }
}
