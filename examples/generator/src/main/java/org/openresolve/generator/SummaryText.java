package org.openresolve.generator;

/** A generator summary as the command line prints it. */
final class SummaryText {
  private SummaryText() {}

  static String of(GeneratorSummary summary) {
    return "people "
        + summary.people()
        + "\n"
        + line("criminal_records.csv", summary.criminalRecords())
        + line("intelligence_reports.jsonl", summary.intelligenceReports())
        + line("open_web.jsonl", summary.openWeb())
        + "truth.csv rows "
        + summary.truthRows();
  }

  private static String line(String file, SourceFileCounts c) {
    return String.format(
        "%-27s rows %d, records %d, bad rows %d, bad values %d%n",
        file, c.rows(), c.records(), c.badRows(), c.badValues());
  }
}
