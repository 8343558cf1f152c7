package org.openresolve.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPageTest {
  @Test
  void aHostileNameIsShownAsTextNeverAsMarkup() {
    String page = ReportPage.render(SampleReports.sample());

    assertThat(page)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("onerror=alert(1)>");
    assertThat(page)
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;O&#39;Brien&quot; &amp; Søn");
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() {
    String page = ReportPage.render(SampleReports.sample());

    assertThat(page).contains("Content-Security-Policy\" content=\"default-src 'none'");
    assertThat(page)
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("<script");
  }

  @Test
  void everySectionIsThere() {
    String page = ReportPage.render(SampleReports.sample());

    assertThat(page)
        .contains(
            "<h2>Rows per source</h2>",
            "<h2>Candidate pairs per blocking rule</h2>",
            "<h2>Match weights</h2>",
            "<h2>Model</h2>",
            "<h2>Entity sizes</h2>",
            "<h2>Overlap between sources</h2>",
            "<h2>Largest entities</h2>",
            "<h2>Flagged entities</h2>",
            "<h2>Review queue</h2>",
            "<h2>Evaluation against the truth file</h2>");
  }

  @Test
  void eachEntityAndReviewPairComesWithTheExplainCommandThatAnswersForIt() {
    String page = ReportPage.render(SampleReports.sample());

    assertThat(page)
        .contains("./er explain --out &#39;/tmp/out dir&#39;\\&#39;&#39;s&#39; --entity E-1");
    assertThat(page).contains("--records &#39;crim:C&#39;\\&#39;&#39;1 $(rm -rf ~)&#39; ");
  }

  @Test
  void theThresholdsAreMarkedOnTheWeightHistogramAtTheirWeights() {
    String page = ReportPage.render(SampleReports.sample());

    assertThat(page).contains(">link +3.17<", ">review +0.00<", "430 pairs scored.");
  }

  @Test
  void withoutATruthFileThereIsNoEvaluation() {
    assertThat(ReportPage.render(SampleReports.withEvaluation(null)))
        .doesNotContain("Evaluation against the truth file");
  }
}
