package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates synthetic person data in the three contract formats with its ground truth: {@code
 * criminal_records.csv}, {@code intelligence_reports.jsonl}, {@code open_web.jsonl} and {@code
 * truth.csv}. People are made one household at a time and their records written as they go, so
 * memory does not grow with the number of people; one seeded random stream makes the output
 * byte-identical for the same {@link GeneratorConfig}.
 */
public final class ExampleGenerator {
  private final GeneratorConfig config;

  public ExampleGenerator(GeneratorConfig config) {
    this.config = requireNonNull(config, "config is null");
  }

  /** Writes the four files into {@code outDir} (created if missing, files replaced). */
  public GeneratorSummary generate(Path outDir) throws IOException {
    Files.createDirectories(outDir);
    DifficultyProfile profile = config.difficulty().profile();
    Dice dice = new Dice(config.seed());
    Catalogue catalogue = new Catalogue(profile.nameSkew());
    HouseholdFactory households =
        new HouseholdFactory(new PersonFactory(catalogue, profile, dice), profile, dice);
    SourcePlanner planner = new SourcePlanner(profile, dice);
    RecordCorruptor corruptor = new RecordCorruptor(profile, dice);
    ObjectMapper mapper = new ObjectMapper();
    double badRate = config.badRowRate();
    CriminalRecordWriter criminal;
    IntelligenceReportWriter intelligence;
    OpenWebWriter web;
    try (TruthWriter truth = new TruthWriter(outDir.resolve("truth.csv"));
        CriminalRecordWriter c =
            new CriminalRecordWriter(
                outDir.resolve(Source.CRIMINAL_RECORDS.fileName()),
                truth,
                corruptor,
                catalogue.texts(),
                profile,
                badRate,
                dice);
        IntelligenceReportWriter i =
            new IntelligenceReportWriter(
                outDir.resolve(Source.INTELLIGENCE_REPORTS.fileName()),
                truth,
                corruptor,
                catalogue.texts(),
                mapper,
                badRate,
                dice);
        OpenWebWriter w =
            new OpenWebWriter(
                outDir.resolve(Source.OPEN_WEB.fileName()),
                truth,
                new WebCaptureBuilder(mapper, corruptor, catalogue.texts(), profile, dice),
                mapper,
                badRate,
                dice)) {
      criminal = c;
      intelligence = i;
      web = w;
      long made = 0;
      while (made < config.people()) {
        for (Person person : households.next(config.people() - made)) {
          made++;
          for (Source source : planner.plan(person)) {
            switch (source) {
              case CRIMINAL_RECORDS -> c.add(person);
              case INTELLIGENCE_REPORTS -> i.add(person);
              case OPEN_WEB -> w.add(person);
            }
          }
        }
      }
    }
    return new GeneratorSummary(
        config.people(), criminal.counts(), intelligence.counts(), web.counts());
  }

  /**
   * {@code --out DIR [--people N] [--seed S] [--difficulty easy|normal|hard] [--bad-row-rate R]};
   * prints the summary.
   */
  public static void main(String[] args) throws IOException {
    GeneratorArguments arguments = GeneratorArguments.parse(args);
    GeneratorSummary summary = new ExampleGenerator(arguments.config()).generate(arguments.out());
    System.out.println(SummaryText.of(summary));
  }
}
