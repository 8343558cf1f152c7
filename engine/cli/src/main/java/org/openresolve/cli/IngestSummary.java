package org.openresolve.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openresolve.spark.ingest.SourceCounts;

/** The lines a run prints about what it read: the row accounting per source, with reasons, and warnings about its files. */
final class IngestSummary {
  private IngestSummary() {}

  static void print(PrintWriter out, List<SourceCounts> counts) {
    for (SourceCounts c : counts) {
      out.printf(
          "%s (%s): %d rows read = %d accepted + %d quarantined%s; %d records%s; %d field issues%s%n",
          c.source(),
          c.kind(),
          c.rowsRead(),
          c.rowsAccepted(),
          c.rowsQuarantined(),
          reasons(c.rowsQuarantinedByReason()),
          c.recordsAccepted(),
          c.partsQuarantined() == 0 ? "" : " (+" + c.partsQuarantined() + " subjects quarantined" + reasons(c.partsQuarantinedByReason()) + ")",
          c.fieldIssues(),
          reasons(c.fieldIssuesByReason()));
      c.warnings().forEach(w -> out.printf("  warning: %s%n", w));
    }
    out.flush();
  }

  private static String reasons(Map<String, Long> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    return byReason.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
