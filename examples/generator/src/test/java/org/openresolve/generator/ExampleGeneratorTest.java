package org.openresolve.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleGeneratorTest {
  private static final List<String> FILES =
      List.of("criminal_records.csv", "intelligence_reports.jsonl", "open_web.jsonl", "truth.csv");

  @TempDir Path dir;

  @Test
  void sameConfigGivesByteIdenticalFiles() throws IOException {
    GeneratedFiles.generate(dir.resolve("a"), 7, 400, Difficulty.HARD, 0.03);
    GeneratedFiles.generate(dir.resolve("b"), 7, 400, Difficulty.HARD, 0.03);
    for (String file : FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void anotherSeedGivesOtherPeople() throws IOException {
    GeneratedFiles.generate(dir.resolve("a"), 1, 50, Difficulty.NORMAL, 0);
    GeneratedFiles.generate(dir.resolve("b"), 2, 50, Difficulty.NORMAL, 0);
    assertThat(Files.readString(dir.resolve("b/criminal_records.csv")))
        .isNotEqualTo(Files.readString(dir.resolve("a/criminal_records.csv")));
  }

  @Test
  void truthListsExactlyTheReadableRecords() throws IOException {
    GeneratorSummary summary = GeneratedFiles.generate(dir, 11, 600, Difficulty.HARD, 0.05);
    Map<String, String> truth = GeneratedFiles.truth(dir);
    List<String> readable =
        GeneratedFiles.readable(dir).stream().map(r -> r.source() + "," + r.recordId()).toList();

    assertThat(readable).doesNotHaveDuplicates();
    assertThat(truth.keySet()).containsExactlyInAnyOrderElementsOf(readable);
    assertThat(summary.truthRows()).isEqualTo(truth.size());
  }

  @Test
  void summaryCountsTheRowsOfEachFile() throws IOException {
    GeneratorSummary summary = GeneratedFiles.generate(dir, 5, 300, Difficulty.NORMAL, 0.02);
    Map<String, Long> bySource =
        GeneratedFiles.truth(dir).keySet().stream()
            .collect(
                Collectors.groupingBy(k -> k.substring(0, k.indexOf(',')), Collectors.counting()));

    assertThat(summary.people()).isEqualTo(300);
    assertThat(summary.criminalRecords().rows())
        .isEqualTo(GeneratedFiles.csv(dir.resolve("criminal_records.csv")).size() - 1);
    assertThat(summary.intelligenceReports().rows())
        .isEqualTo(GeneratedFiles.lines(dir.resolve("intelligence_reports.jsonl")).size());
    assertThat(summary.openWeb().rows())
        .isEqualTo(GeneratedFiles.lines(dir.resolve("open_web.jsonl")).size());
    assertThat(summary.criminalRecords().records()).isEqualTo(bySource.get("criminal_records"));
    assertThat(summary.intelligenceReports().records())
        .isEqualTo(bySource.get("intelligence_reports"));
    assertThat(summary.openWeb().records()).isEqualTo(bySource.get("open_web"));
  }

  @Test
  void everyRowOfACleanCsvHasTheHeaderColumns() throws IOException {
    GeneratedFiles.generate(dir, 3, 500, Difficulty.HARD, 0);
    List<List<String>> rows = GeneratedFiles.csv(dir.resolve("criminal_records.csv"));

    assertThat(rows.get(0)).containsExactlyElementsOf(CriminalRecordWriter.HEADER);
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CriminalRecordWriter.HEADER.size()));
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(0)).isNotBlank());
  }

  @Test
  void everyJsonLineOfACleanSetIsOneObject() throws IOException {
    GeneratedFiles.generate(dir, 3, 500, Difficulty.HARD, 0);
    for (String file : List.of("intelligence_reports.jsonl", "open_web.jsonl")) {
      assertThat(GeneratedFiles.lines(dir.resolve(file)))
          .as(file)
          .allSatisfy(
              line -> {
                JsonNode node = GeneratedFiles.json(line);
                assertThat(node).isNotNull();
                assertThat(node.isObject()).isTrue();
              });
    }
  }

  @Test
  void cleanSetHasNoBadRowsOrBadValues() throws IOException {
    GeneratorSummary summary = GeneratedFiles.generate(dir, 3, 300, Difficulty.HARD, 0);

    for (SourceFileCounts counts :
        List.of(summary.criminalRecords(), summary.intelligenceReports(), summary.openWeb())) {
      assertThat(counts.badRows()).isZero();
      assertThat(counts.badValues()).isZero();
    }
    assertThat(summary.truthRows()).isEqualTo(GeneratedFiles.truth(dir).size());
  }

  @Test
  void intelligenceReportsGroupDifferentPeople() throws IOException {
    GeneratedFiles.generate(dir, 9, 400, Difficulty.HARD, 0);
    Map<String, String> truth = GeneratedFiles.truth(dir);
    int multiSubject = 0;
    for (String line : GeneratedFiles.lines(dir.resolve("intelligence_reports.jsonl"))) {
      JsonNode report = GeneratedFiles.json(line);
      List<String> entities = new java.util.ArrayList<>();
      report
          .get("subjects")
          .forEach(
              s ->
                  entities.add(
                      truth.get(
                          "intelligence_reports,"
                              + report.get("report_id").asText()
                              + "/"
                              + s.get("ref").asText())));
      assertThat(entities).hasSizeBetween(1, 4).doesNotHaveDuplicates().doesNotContainNull();
      multiSubject += entities.size() > 1 ? 1 : 0;
    }
    assertThat(multiSubject).isPositive();
  }

  @Test
  void unrelatedPeopleShareNoMailboxHandleOrDocument() throws IOException {
    GeneratedFiles.generate(dir, 6, 5000, Difficulty.HARD, 0);
    Map<String, String> truth = GeneratedFiles.truth(dir);
    Map<String, Set<String>> owners = new HashMap<>();
    for (List<String> row :
        GeneratedFiles.csv(dir.resolve("criminal_records.csv")).stream().skip(1).toList()) {
      String entity = truth.get("criminal_records," + row.get(0));
      for (String email : row.get(13).split("\\|")) {
        owners.computeIfAbsent("email " + email.toLowerCase(), k -> new HashSet<>()).add(entity);
      }
      for (String id : row.get(10).split("\\|")) {
        String[] parts = id.split(":");
        if (parts.length == 3) {
          String value =
              parts[2].replaceAll("[^A-Za-z0-9]", "").toUpperCase().replaceFirst("^0+", "");
          owners.computeIfAbsent("id " + parts[0] + " " + value, k -> new HashSet<>()).add(entity);
        }
      }
    }
    for (String line : GeneratedFiles.lines(dir.resolve("open_web.jsonl"))) {
      JsonNode capture = GeneratedFiles.json(line);
      String entity = truth.get("open_web," + capture.get("capture_id").asText());
      owners
          .computeIfAbsent(
              "handle "
                  + capture.get("platform").asText()
                  + " "
                  + capture.get("username").asText().toLowerCase(),
              k -> new HashSet<>())
          .add(entity);
    }
    owners.remove("email ");

    assertThat(owners).allSatisfy((value, entities) -> assertThat(entities).as(value).hasSize(1));
  }

  @Test
  void commonNamesRecurAcrossUnrelatedPeople() throws IOException {
    GeneratedFiles.generate(dir, 4, 3000, Difficulty.HARD, 0);
    Map<String, String> truth = GeneratedFiles.truth(dir);
    Map<String, Long> entitiesPerName =
        GeneratedFiles.csv(dir.resolve("criminal_records.csv")).stream()
            .skip(1)
            .filter(row -> !row.get(2).isEmpty() && !row.get(3).isEmpty())
            .collect(
                Collectors.groupingBy(
                    row -> (row.get(3).split(" ")[0] + " " + row.get(2)).toLowerCase(),
                    Collectors.mapping(
                        row -> truth.get("criminal_records," + row.get(0)),
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));

    assertThat(entitiesPerName.values()).anyMatch(n -> n >= 3);
  }
}
