package org.openresolve.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.openresolve.core.pipeline.BlockStats;
import org.openresolve.core.scoring.SharedValueSummary;
import org.openresolve.spark.resolve.EntityTables;
import org.openresolve.spark.resolve.ResolveResult;
import org.openresolve.spark.run.ResolveOutcome;

/** The lines {@code er resolve} prints: the accounting per source, then what resolution found. */
final class ResolveSummary {
  private ResolveSummary() {}

  static void print(PrintWriter w, ResolveOutcome o) {
    IngestSummary.print(w, o.sourceCounts());
    ResolveResult r = o.result();
    BlockStats b = r.blocks();
    w.printf(
        "%d records, %d blocks (%d oversize skipped), %d candidate pairs, %d links, %d for review%n",
        r.records(),
        b.blocks(),
        b.oversizeBlocks(),
        r.candidatePairs(),
        r.links(),
        r.reviewPairs());
    long multi =
        r.entitySizes().entrySet().stream()
            .filter(e -> e.getKey() > 1)
            .mapToLong(Map.Entry::getValue)
            .sum();
    w.printf(
        "%d entities (%d with more than one record); model %s%n",
        r.entities(), multi, r.trained() ? "trained" : "loaded");
    long oversize = o.oversizeEntities();
    if (oversize > 0) {
      w.printf(
          "%d entities with more than %d members: flagged %s in entities/ for an analyst to check%n",
          oversize, o.maxEntitySize(), EntityTables.OVERSIZE_ENTITY);
    }
    for (SharedValueSummary v : o.sharedValues()) {
      if (v.valuesOverLimit() > 0) {
        w.printf(
            "%s: %d values shared by more than %d people (at most %d): agreement on them weighs less%n",
            v.comparison(), v.valuesOverLimit(), v.maxPeople(), v.mostPeople());
      }
    }
    w.printf("run %s written to %s%n", o.runId(), o.manifest().out());
    w.printf(
        "report: %s%n",
        o.manifest().out().resolve(org.openresolve.spark.report.RunReportFile.NAME));
    w.flush();
    if (o.evaluation() != null) {
      EvaluationReport.print(w, o.evaluation());
    }
  }
}
