package org.openresolve.cli;

import java.io.PrintWriter;
import java.util.List;
import org.openresolve.spark.ingest.SourceCounts;

/**
 * The lines a run prints about what it read: the row accounting per source, with reasons, and
 * warnings about its files.
 */
final class IngestSummary {
  private IngestSummary() {}

  static void print(PrintWriter out, List<SourceCounts> counts) {
    for (SourceCounts c : counts) {
      out.println(c.accounting());
      c.warnings().forEach(w -> out.printf("  warning: %s%n", w));
    }
    out.flush();
  }
}
