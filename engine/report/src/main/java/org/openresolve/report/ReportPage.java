package org.openresolve.report;

import static org.openresolve.report.Charts.number;
import static org.openresolve.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.WeightHistogram;

/**
 * Renders a {@link RunReport} as one HTML page: inline styles and SVG, no script, and a content
 * security policy that forbids loading anything, so the page shows the same offline as on any share
 * and cannot run what a source wrote into a name.
 */
public final class ReportPage {
  private static final String STYLE =
      "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}"
          + "h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
          + "table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px;background:#f4f4f4;padding:1px 3px;word-break:break-all}"
          + "svg text{font:12px system-ui,sans-serif}.note{color:#555}.kpi{display:inline-block;margin:0 2em 1em 0}.kpi b{display:block;font-size:1.6em}";

  private final RunReport report;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private ReportPage(RunReport report) {
    this.report = report;
  }

  public static String render(RunReport report) {
    return new ReportPage(report).page();
  }

  private String page() {
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
        .append("<title>OpenResolve run ")
        .append(escape(report.runId()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    summary();
    sources();
    blocking();
    weights();
    model();
    entities();
    overlap();
    entityTable(
        "Largest entities", "The entities with the most records, largest first.", report.largest());
    entityTable(
        "Flagged entities",
        "Entities carrying a review flag (a victim or witness joined with a suspect; more members than the rule set allows).",
        report.flagged());
    review();
    evaluation();
    html.append("</body></html>\n");
    return html.toString();
  }

  private void summary() {
    RunReport.Totals t = report.totals();
    html.append("<h1>Resolve run ").append(escape(report.runId())).append("</h1>");
    html.append("<p class=\"note\">Output directory <code>")
        .append(escape(report.outputDirectory()))
        .append("</code>");
    if (report.finishedAt() != null) {
      html.append(", finished ").append(escape(report.finishedAt()));
    }
    html.append(".</p><div>");
    kpi("records", t.records());
    kpi("entities", t.entities());
    kpi("candidate pairs", t.candidatePairs());
    kpi("links", t.links());
    kpi("pairs in review", t.reviewPairs());
    kpi("links refused", t.refusedLinks());
    html.append("</div>\n");
  }

  private void kpi(String label, long value) {
    html.append("<span class=\"kpi\"><b>")
        .append(number(value))
        .append("</b>")
        .append(escape(label))
        .append("</span>");
  }

  private void sources() {
    html.append(
        "<h2>Rows per source</h2><p class=\"note\">Every row read is accepted or quarantined with a reason; field issues are bad values inside kept records, left out of matching.</p>");
    if (report.sources().isEmpty()) {
      html.append("<p>No source is recorded.</p>");
      return;
    }
    List<Charts.Bar> bars = new ArrayList<>();
    Map<String, Long> quarantine = new TreeMap<>();
    Map<String, Long> issues = new TreeMap<>();
    html.append(
        "<table><tr><th>source</th><th>kind</th><th class=\"n\">rows read</th><th class=\"n\">accepted</th><th class=\"n\">quarantined</th><th class=\"n\">records</th><th>quarantined by reason</th><th>field issues by reason</th></tr>");
    for (RunReport.SourceRows s : report.sources()) {
      bars.add(new Charts.Bar(s.source() + " accepted", s.rowsAccepted()));
      bars.add(new Charts.Bar(s.source() + " quarantined", s.rowsQuarantined()));
      s.quarantinedByReason().forEach((r, n) -> quarantine.merge(r, n, Long::sum));
      s.fieldIssuesByReason().forEach((r, n) -> issues.merge(r, n, Long::sum));
      html.append("<tr><td>")
          .append(escape(s.source()))
          .append("</td><td>")
          .append(escape(s.kind()))
          .append("</td>");
      cell(s.rowsRead());
      cell(s.rowsAccepted());
      cell(s.rowsQuarantined());
      cell(s.recordsAccepted());
      html.append("<td>")
          .append(reasons(s.quarantinedByReason()))
          .append("</td><td>")
          .append(reasons(s.fieldIssuesByReason()))
          .append("</td></tr>");
    }
    html.append("</table>");
    html.append(Charts.bars("Rows accepted and quarantined per source", bars));
    chartOrSentence(
        "Rows quarantined by reason, all sources", quarantine, "No row was quarantined.");
    chartOrSentence("Field issues by reason, all sources", issues, "No field issue was found.");
  }

  private void chartOrSentence(String title, Map<String, Long> counts, String none) {
    html.append("<h3>").append(escape(title)).append("</h3>");
    if (counts.isEmpty()) {
      html.append("<p>").append(escape(none)).append("</p>");
      return;
    }
    html.append(
        Charts.bars(
            title,
            counts.entrySet().stream()
                .map(e -> new Charts.Bar(e.getKey(), e.getValue()))
                .toList()));
  }

  private static String reasons(Map<String, Long> byReason) {
    StringBuilder s = new StringBuilder();
    byReason.forEach(
        (r, n) ->
            s.append(s.isEmpty() ? "" : ", ").append(escape(r)).append(' ').append(number(n)));
    return s.isEmpty() ? "none" : s.toString();
  }

  private void blocking() {
    html.append("<h2>Candidate pairs per blocking rule</h2><p class=\"note\">")
        .append(number(report.totals().candidatePairs()))
        .append(
            " distinct pairs compared; a pair several rules reach counts under each. Blocks larger than a rule's limit are skipped (oversize), and ")
        .append(number(report.pairsSkippedByCondition()))
        .append(" pairs were left out by a rule's <code>skip_when</code>.</p>");
    if (report.blocking().isEmpty()) {
      html.append("<p>No blocking rule is recorded.</p>");
      return;
    }
    html.append(
        Charts.bars(
            "Candidate pairs per blocking rule",
            report.blocking().stream().map(b -> new Charts.Bar(b.rule(), b.pairs())).toList()));
    html.append(
        "<table><tr><th>rule</th><th class=\"n\">blocks</th><th class=\"n\">largest block</th><th class=\"n\">pairs</th><th class=\"n\">oversize blocks skipped</th><th class=\"n\">block size limit</th></tr>");
    for (RunReport.BlockingRule b : report.blocking()) {
      html.append("<tr><td>").append(escape(b.rule())).append("</td>");
      cell(b.blocks());
      cell(b.largestBlock());
      cell(b.pairs());
      cell(b.oversizeBlocks());
      cell(b.maxBlockSize());
      html.append("</tr>");
    }
    html.append("</table>\n");
  }

  private void weights() {
    RunReport.Thresholds t = report.thresholds();
    double link = WeightHistogram.weightOf(t.link());
    double review = WeightHistogram.weightOf(t.review());
    html.append(
            "<h2>Match weights</h2><p class=\"note\">Every compared pair by its match weight (log2 of the odds the evidence gives). A pair links at probability ")
        .append(number(t.link()))
        .append(" (weight ")
        .append(weight(link))
        .append(") and goes to review from ")
        .append(number(t.review()))
        .append(" (weight ")
        .append(weight(review))
        .append(").</p>");
    WeightHistogram h = report.histogram();
    if (h == null || h.isEmpty()) {
      html.append("<p>The run recorded no match weights.</p>");
      return;
    }
    html.append("<p class=\"note\">").append(number(h.total())).append(" pairs scored.</p>");
    List<WeightHistogram.Bin> bins = h.bins();
    long[] counts = bins.stream().mapToLong(WeightHistogram.Bin::pairs).toArray();
    html.append(
        Charts.histogram(
            "Compared pairs by match weight",
            bins.get(0).lower(),
            counts,
            List.of(
                new Charts.Marker(review, "review " + weight(review), "#c98a00"),
                new Charts.Marker(link, "link " + weight(link), "#2a7d2a"))));
  }

  private void model() {
    ModelParameters m = report.model();
    html.append(
            "<h2>Model</h2><p class=\"note\">Per comparison level: m, the share of true matches at that level; u, the share of random pairs; the partial weight log2(m/u) that level adds to a pair's match weight. Prior match probability ")
        .append(String.format(Locale.ROOT, "%.3g", m.prior()))
        .append(".</p>");
    for (ModelParameters.ComparisonParameters c : m.comparisons()) {
      html.append("<h3>")
          .append(escape(c.label()))
          .append(" <code>")
          .append(escape(c.id()))
          .append("</code></h3>");
      List<Charts.Bar> bars = new ArrayList<>();
      html.append(
          "<table><tr><th class=\"n\">level</th><th>label</th><th class=\"n\">m</th><th class=\"n\">u</th><th class=\"n\">partial weight</th></tr>");
      for (ModelParameters.LevelParameters l : c.levels()) {
        double w = l.partialWeight();
        bars.add(
            new Charts.Bar(
                l.label(),
                w,
                String.format(
                    Locale.ROOT, "%s: m %.4g, u %.4g, weight %+.2f", l.label(), l.m(), l.u(), w)));
        html.append("<tr><td class=\"n\">")
            .append(l.level())
            .append("</td><td>")
            .append(escape(l.label()))
            .append("</td>")
            .append(
                String.format(
                    Locale.ROOT,
                    "<td class=\"n\">%.4g</td><td class=\"n\">%.4g</td><td class=\"n\">%+.2f</td></tr>",
                    l.m(),
                    l.u(),
                    w));
      }
      html.append("</table>");
      if (!bars.isEmpty()) {
        html.append(Charts.diverging("Partial weights of " + c.label(), bars));
      }
    }
  }

  private void entities() {
    html.append("<h2>Entity sizes</h2><p class=\"note\">")
        .append(number(report.totals().entities()))
        .append(" entities from ")
        .append(number(report.totals().records()))
        .append(" records.</p>");
    Map<String, Long> buckets = SizeBuckets.of(report.sortedEntitySizes());
    if (buckets.isEmpty()) {
      html.append("<p>No entity was formed.</p>");
      return;
    }
    html.append(
        Charts.bars(
            "Entities by number of records",
            buckets.entrySet().stream()
                .map(e -> new Charts.Bar(e.getKey(), e.getValue()))
                .toList()));
  }

  private void overlap() {
    html.append(
        "<h2>Overlap between sources</h2><p class=\"note\">Entities holding records of both sources; on the diagonal, entities holding any record of the source.</p>");
    TreeSet<String> names = new TreeSet<>();
    report.overlap().keySet().forEach(names::addAll);
    report.sources().forEach(s -> names.add(s.source()));
    if (names.isEmpty() || report.overlap().isEmpty()) {
      html.append("<p>No entity is recorded.</p>");
      return;
    }
    List<String> sources = List.copyOf(names);
    html.append(
        Charts.matrix(
            "Entities spanning each pair of sources",
            sources,
            SourceOverlap.of(sources, report.overlap())));
  }

  private void entityTable(String title, String note, List<RunReport.Entity> entities) {
    html.append("<h2>")
        .append(escape(title))
        .append("</h2><p class=\"note\">")
        .append(escape(note))
        .append("</p>");
    if (entities.isEmpty()) {
      html.append("<p>None.</p>");
      return;
    }
    html.append(
        "<table><tr><th>entity</th><th>name</th><th>born</th><th class=\"n\">records</th><th>sources</th><th>flags</th><th>why it formed</th></tr>");
    for (RunReport.Entity e : entities) {
      html.append("<tr><td>")
          .append(escape(e.entityId()))
          .append("</td><td>")
          .append(escape(e.displayName()))
          .append("</td><td>")
          .append(escape(e.displayBirthDate()))
          .append("</td>");
      cell(e.members());
      html.append("<td>")
          .append(escape(String.join(", ", e.sources())))
          .append("</td><td>")
          .append(escape(String.join(", ", e.flags())))
          .append("</td><td><code>")
          .append(escape(explain("--entity", ShellWord.quote(e.entityId()))))
          .append("</code></td></tr>");
    }
    html.append("</table>\n");
  }

  private void review() {
    html.append("<h2>Review queue</h2><p class=\"note\">")
        .append(number(report.totals().reviewPairs()))
        .append(" pairs in review, never merged automatically; the ")
        .append(report.review().size())
        .append(
            " of highest priority here. Priority = p &times; a &times; b: the match probability times the records of the two entities the pair would join (a &times; b record pairs), the expected number of true links one decision settles; 0 when both records are in one entity already. The whole queue, with the same priority, is <code>review/</code>.</p>");
    if (report.review().isEmpty()) {
      html.append("<p>The review queue is empty.</p>");
      return;
    }
    html.append(
        "<table><tr><th class=\"n\">#</th><th class=\"n\">priority</th><th class=\"n\">probability</th><th class=\"n\">weight</th><th>record</th><th>entity</th><th>record</th><th>entity</th><th>uncorroborated</th><th>explain</th></tr>");
    int rank = 0;
    for (RunReport.ReviewPair p : report.review()) {
      String left = p.sourceL() + ":" + p.recordIdL();
      String right = p.sourceR() + ":" + p.recordIdR();
      html.append("<tr><td class=\"n\">")
          .append(++rank)
          .append("</td>")
          .append(
              String.format(
                  Locale.ROOT,
                  "<td class=\"n\">%.3f</td><td class=\"n\">%.4f</td><td class=\"n\">%.2f</td>",
                  p.priority(),
                  p.probability(),
                  p.matchWeight()))
          .append("<td>")
          .append(escape(left))
          .append("</td><td>")
          .append(escape(p.entityIdL()))
          .append("</td><td>")
          .append(escape(right))
          .append("</td><td>")
          .append(escape(p.entityIdR()))
          .append("</td><td>")
          .append(p.uncorroborated() ? "yes" : "")
          .append("</td><td><code>")
          .append(
              escape(explain("--records", ShellWord.quote(left) + " " + ShellWord.quote(right))))
          .append("</code></td></tr>");
    }
    html.append("</table>\n");
  }

  private void evaluation() {
    RunReport.Evaluation e = report.evaluation();
    if (e == null) {
      return;
    }
    html.append("<h2>Evaluation against the truth file</h2><p class=\"note\">Truth <code>")
        .append(escape(e.truth()))
        .append("</code>: ")
        .append(number(e.recordsEvaluated()))
        .append(" records evaluated, ")
        .append(number(e.truePairs()))
        .append(" true pairs, ")
        .append(number(e.predictedPairs()))
        .append(" predicted, ")
        .append(number(e.correctPairs()))
        .append(" correct.</p>");
    html.append(
        "<table><tr><th></th><th class=\"n\">precision</th><th class=\"n\">recall</th><th class=\"n\">F1</th></tr>");
    scores("pairwise", e.pairwise());
    scores("B-cubed", e.bcubed());
    html.append("</table>");
    html.append(
        Charts.bars(
            "Precision, recall and F1",
            List.of(
                new Charts.Bar("pairwise precision", e.pairwise().precision()),
                    new Charts.Bar("pairwise recall", e.pairwise().recall()),
                new Charts.Bar("pairwise F1", e.pairwise().f1()),
                    new Charts.Bar("B-cubed precision", e.bcubed().precision()),
                new Charts.Bar("B-cubed recall", e.bcubed().recall()),
                    new Charts.Bar("B-cubed F1", e.bcubed().f1()))));
  }

  private void scores(String label, RunReport.Scores s) {
    html.append(
        String.format(
            Locale.ROOT,
            "<tr><td>%s</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td></tr>",
            label,
            s.precision(),
            s.recall(),
            s.f1()));
  }

  private String explain(String option, String quotedArguments) {
    return "./er explain --out "
        + ShellWord.quote(report.outputDirectory())
        + " "
        + option
        + " "
        + quotedArguments;
  }

  private void cell(long n) {
    html.append("<td class=\"n\">").append(number(n)).append("</td>");
  }

  private static String weight(double w) {
    return Double.isInfinite(w) ? "infinite" : String.format(Locale.ROOT, "%+.2f", w);
  }
}
