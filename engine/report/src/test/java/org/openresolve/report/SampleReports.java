package org.openresolve.report;

import java.util.List;
import java.util.Map;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.WeightHistogram;

/** A small run report as a run would give it, with a name written to attack the page. */
final class SampleReports {
  static final String HOSTILE =
      "<script>alert('x')</script><img src=x onerror=alert(1)> \"O'Brien\" & Søn";

  private SampleReports() {}

  static RunReport withEvaluation(RunReport.Evaluation evaluation) {
    WeightHistogram h = new WeightHistogram();
    for (int i = 0; i < 400; i++) {
      h.add(-14 + (i % 9));
    }
    for (int i = 0; i < 30; i++) {
      h.add(4 + i % 12);
    }
    ModelParameters model =
        new ModelParameters(
            "default",
            "abc",
            0.003,
            List.of(
                new ModelParameters.ComparisonParameters(
                    "given_name",
                    "First given name",
                    List.of(
                        new ModelParameters.LevelParameters(1, "exact", 0.63, 0.0037),
                        new ModelParameters.LevelParameters(2, "different", 0.05, 0.95))),
                new ModelParameters.ComparisonParameters(
                    "birth_date",
                    "Birth date " + HOSTILE,
                    List.of(
                        new ModelParameters.LevelParameters(1, "exact", 0.8, 0.001),
                        new ModelParameters.LevelParameters(2, "different", 0.1, 0.99)))));
    return new RunReport(
        "20261207T000000Z-abc",
        "2026-12-07T00:01:00Z",
        "/tmp/out dir's",
        new RunReport.Totals(12, 430, 7, 2, 1, 6),
        List.of(
            new RunReport.SourceRows(
                "crim",
                "criminal-records",
                10,
                8,
                8,
                Map.of("WRONG_COLUMN_COUNT", 2L),
                Map.of("UNPARSEABLE_PHONE", 3L)),
            new RunReport.SourceRows("web " + HOSTILE, "open-web", 4, 4, 4, Map.of(), Map.of())),
        List.of(
            new RunReport.BlockingRule("birth_date", 4, 3, 9, 0, 2000),
            new RunReport.BlockingRule("phone", 2, 2, 2, 1, 50)),
        3,
        h,
        new RunReport.Thresholds(0.9, 0.5),
        model,
        Map.of(1L, 3L, 2L, 2L, 5L, 1L),
        Map.of(
            List.of("crim"),
            3L,
            List.of("crim", "web " + HOSTILE),
            2L,
            List.of("web " + HOSTILE),
            1L),
        List.of(
            new RunReport.Entity(
                "E-1", HOSTILE, "1980-02-03", 5, List.of("crim", "web " + HOSTILE), List.of())),
        List.of(
            new RunReport.Entity(
                "E-2",
                "Anna Petrova",
                null,
                2,
                List.of("crim"),
                List.of("VICTIM_OR_WITNESS_WITH_SUSPECT"))),
        List.of(
            new RunReport.ReviewPair(
                "crim",
                "C'1 $(rm -rf ~)",
                "E-3",
                "web " + HOSTILE,
                "W1",
                "E-4",
                12.5,
                0.9998,
                true,
                0.9998)),
        evaluation);
  }

  static RunReport sample() {
    return withEvaluation(
        new RunReport.Evaluation(
            "truth.csv",
            12,
            8,
            7,
            7,
            new RunReport.Scores(1.0, 0.875, 0.933),
            new RunReport.Scores(1.0, 0.9, 0.947)));
  }
}
