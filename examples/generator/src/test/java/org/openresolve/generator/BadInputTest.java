package org.openresolve.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  private static final Pattern IMPOSSIBLE_DATE = Pattern.compile("\\d{4}-(02-30|04-31|13-0\\d)");
  private static final Pattern MALFORMED_DATE =
      Pattern.compile("\\d\\d/\\d\\d/\\d{4}|\\d{1,2} [A-Z][a-z]+ \\d{4}|\\d{4}\\.\\d\\d\\.\\d\\d");

  @TempDir static Path dir;

  static List<GeneratedFiles.Readable> readable;

  @BeforeAll
  static void generate() throws IOException {
    GeneratedFiles.generate(dir, 42, 400, Difficulty.NORMAL, 0.02);
    readable = GeneratedFiles.readable(dir);
  }

  @Test
  void criminalRecordsHoldEveryKindOfUnreadableRow() throws IOException {
    List<List<String>> rows = GeneratedFiles.csv(dir.resolve("criminal_records.csv"));
    int columns = rows.get(0).size();
    List<List<String>> body = rows.subList(1, rows.size());

    assertThat(body).anyMatch(r -> r.size() > columns);
    assertThat(body).anyMatch(r -> r.size() < columns);
    assertThat(body).anyMatch(r -> r.size() == columns && r.get(0).isBlank());
    assertThat(
            duplicates(body.stream().filter(r -> r.size() == columns).map(r -> r.get(0)).toList()))
        .isPositive();
  }

  @Test
  void intelligenceReportsHoldEveryKindOfUnreadableRow() throws IOException {
    List<String> lines = GeneratedFiles.lines(dir.resolve("intelligence_reports.jsonl"));
    List<JsonNode> objects = objects(lines);

    assertThat(lines).anyMatch(l -> GeneratedFiles.json(l) == null);
    assertThat(lines)
        .anyMatch(l -> GeneratedFiles.json(l) != null && GeneratedFiles.json(l).isArray());
    assertThat(objects).anyMatch(o -> o.path("report_id").asText("").isBlank());
    assertThat(
            duplicates(
                objects.stream()
                    .map(o -> o.path("report_id").asText(""))
                    .filter(s -> !s.isBlank())
                    .toList()))
        .isPositive();
    assertThat(objects)
        .anyMatch(
            o -> {
              for (JsonNode s : o.get("subjects")) {
                if (s.path("ref").asText("").isEmpty()) {
                  return true;
                }
              }
              return false;
            });
  }

  @Test
  void openWebHoldsEveryKindOfUnreadableRow() throws IOException {
    List<String> lines = GeneratedFiles.lines(dir.resolve("open_web.jsonl"));
    List<JsonNode> objects = objects(lines);

    assertThat(lines).anyMatch(l -> GeneratedFiles.json(l) == null);
    assertThat(lines)
        .anyMatch(l -> GeneratedFiles.json(l) != null && GeneratedFiles.json(l).isArray());
    assertThat(objects).anyMatch(o -> o.path("capture_id").asText("").isBlank());
    assertThat(
            duplicates(
                objects.stream()
                    .map(o -> o.path("capture_id").asText(""))
                    .filter(s -> !s.isBlank())
                    .toList()))
        .isPositive();
  }

  @Test
  void exactlyOneRowIsOversize() throws IOException {
    long oversize = 0;
    for (String file : List.of("intelligence_reports.jsonl", "open_web.jsonl")) {
      oversize +=
          GeneratedFiles.lines(dir.resolve(file)).stream()
              .filter(l -> l.getBytes(StandardCharsets.UTF_8).length > GeneratedFiles.MAX_ROW_BYTES)
              .count();
    }
    assertThat(oversize).isEqualTo(1);
  }

  @Test
  void criminalRecordsHoldEveryKindOfBadValue() {
    assertHolds(
        "criminal_records",
        v -> IMPOSSIBLE_DATE.matcher(v).matches(),
        v -> MALFORMED_DATE.matcher(v).matches(),
        v -> v.matches("209\\d-\\d\\d-\\d\\d"),
        Set.of("Q", "MF", "W")::contains,
        Set.of("PERP", "SUSP", "POI")::contains,
        Set.of("call me", "ask at reception", "ring after 6pm")::contains,
        BadInputTest::invalidEmail,
        Set.of("Atlantis", "Narnia", "Zubrowka")::contains,
        v -> v.startsWith("PASSPORT-") || v.startsWith("PASSPORT "),
        v -> v.startsWith("PASSPRT:") || v.startsWith("SSN:") || v.startsWith("LICENSE:"),
        Set.of("last Tuesday", "02/03/2024 10:15", "yesterday 14:00")::contains);
  }

  @Test
  void intelligenceReportsHoldEveryKindOfBadValue() {
    assertHolds(
        "intelligence_reports",
        v -> IMPOSSIBLE_DATE.matcher(v).matches(),
        v -> MALFORMED_DATE.matcher(v).matches(),
        Set.of("Q", "MF", "W")::contains,
        Set.of("PERP", "SUSP", "POI")::contains,
        Set.of("call me", "ask at reception", "ring after 6pm")::contains,
        BadInputTest::invalidEmail,
        Set.of("Atlantis", "Narnia", "Zubrowka")::contains,
        Set.of("PASSPRT", "SSN", "LICENSE")::contains,
        Set.of("Z", "G", "9", "0")::contains,
        Set.of("last Tuesday", "02/03/2024 10:15", "yesterday 14:00")::contains);
  }

  @Test
  void intelligenceReportsHoldAnIdentifierWithAnEmptyValue() throws IOException {
    assertThat(objects(GeneratedFiles.lines(dir.resolve("intelligence_reports.jsonl"))))
        .anyMatch(
            report -> {
              for (JsonNode subject : report.get("subjects")) {
                for (JsonNode id : subject.path("identifiers")) {
                  if (id.path("value").asText("x").isEmpty()) {
                    return true;
                  }
                }
              }
              return false;
            });
  }

  @Test
  void openWebHoldsEveryKindOfBadValue() throws IOException {
    assertHolds(
        "open_web",
        v -> IMPOSSIBLE_DATE.matcher(v).matches(),
        v -> MALFORMED_DATE.matcher(v).matches(),
        Set.of("call me", "ask at reception", "ring after 6pm")::contains,
        BadInputTest::invalidEmail,
        Set.of("surface", "grey")::contains,
        Set.of("last Tuesday", "02/03/2024 10:15", "yesterday 14:00")::contains);
    assertThat(objects(GeneratedFiles.lines(dir.resolve("open_web.jsonl"))))
        .anyMatch(
            o -> {
              for (JsonNode wallet : o.path("crypto_wallets")) {
                if (wallet.path("address").isMissingNode() || wallet.path("address").isNull()) {
                  return true;
                }
              }
              return false;
            });
  }

  @Test
  void zeroRateWritesNoBadRows() throws IOException {
    Path clean = dir.resolve("clean");
    GeneratorSummary summary = GeneratedFiles.generate(clean, 42, 400, Difficulty.NORMAL, 0);

    assertThat(summary.criminalRecords().rows()).isEqualTo(summary.criminalRecords().records());
    assertThat(summary.openWeb().rows()).isEqualTo(summary.openWeb().records());
    assertThat(GeneratedFiles.readable(clean)).hasSize((int) summary.truthRows());
  }

  @SafeVarargs
  private static void assertHolds(String source, Predicate<String>... kinds) {
    List<String> values = new ArrayList<>();
    readable.stream()
        .filter(r -> r.source().equals(source))
        .forEach(r -> values.addAll(r.values()));
    for (int i = 0; i < kinds.length; i++) {
      assertThat(values).as("bad value kind %d of %s", i, source).anyMatch(kinds[i]);
    }
  }

  private static boolean invalidEmail(String v) {
    return v.endsWith(" at mail.example")
        || v.contains("@@")
        || (v.endsWith("@") && !v.contains(" "));
  }

  private static List<JsonNode> objects(List<String> lines) {
    return lines.stream()
        .filter(l -> l.getBytes(StandardCharsets.UTF_8).length <= GeneratedFiles.MAX_ROW_BYTES)
        .map(GeneratedFiles::json)
        .filter(n -> n != null && n.isObject())
        .toList();
  }

  private static long duplicates(List<String> ids) {
    Set<String> seen = new HashSet<>();
    return ids.stream().filter(id -> !seen.add(id)).count();
  }
}
