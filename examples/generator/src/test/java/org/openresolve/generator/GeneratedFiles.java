package org.openresolve.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a generated set the way the contract says a connector must: RFC 4180 CSV, one JSON object
 * per line, ids unique per file, rows over 1 MiB unreadable. Independent of the generator's code.
 */
final class GeneratedFiles {
  static final int MAX_ROW_BYTES = 1 << 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A readable record: truth key and every text value it holds. */
  record Readable(String source, String recordId, List<String> values) {}

  private GeneratedFiles() {}

  static List<List<String>> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  static JsonNode json(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  /** The readable records of a whole set, in file order. */
  static List<Readable> readable(Path dir) throws IOException {
    List<Readable> records = new ArrayList<>();
    List<List<String>> rows = csv(dir.resolve("criminal_records.csv"));
    int columns = rows.get(0).size();
    Set<String> ids = new LinkedHashSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String id = row.get(0).strip();
      if (row.size() == columns && !id.isEmpty() && ids.add(id)) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.addAll(List.of(c.split("\\|"))));
        records.add(new Readable("criminal_records", id, values));
      }
    }
    records.addAll(
        readableJson(
            dir.resolve("intelligence_reports.jsonl"), "intelligence_reports", "report_id"));
    records.addAll(readableJson(dir.resolve("open_web.jsonl"), "open_web", "capture_id"));
    return records;
  }

  /** truth.csv as record key to entity. */
  static Map<String, String> truth(Path dir) throws IOException {
    Map<String, String> truth = new LinkedHashMap<>();
    List<List<String>> rows = csv(dir.resolve("truth.csv"));
    for (List<String> row : rows.subList(1, rows.size())) {
      if (truth.put(row.get(0) + "," + row.get(1), row.get(2)) != null) {
        throw new IllegalStateException("truth lists a record twice: " + row);
      }
    }
    return truth;
  }

  private static List<Readable> readableJson(Path file, String source, String idKey)
      throws IOException {
    List<Readable> records = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String line : lines(file)) {
      JsonNode node =
          line.getBytes(StandardCharsets.UTF_8).length > MAX_ROW_BYTES ? null : json(line);
      if (node == null
          || !node.isObject()
          || !node.path(idKey).isTextual()
          || node.get(idKey).asText().isBlank()
          || !ids.add(node.get(idKey).asText())) {
        continue;
      }
      String id = node.get(idKey).asText();
      if (source.equals("intelligence_reports")) {
        List<String> reportValues = new ArrayList<>();
        for (var field : node.properties()) {
          if (!field.getKey().equals("subjects")) {
            leaves(field.getValue(), reportValues);
          }
        }
        for (JsonNode subject : node.get("subjects")) {
          String ref = subject.path("ref").asText("");
          if (!ref.isEmpty()) {
            List<String> values = new ArrayList<>(reportValues);
            leaves(subject, values);
            records.add(new Readable(source, id + "/" + ref, values));
          }
        }
      } else {
        List<String> values = new ArrayList<>();
        leaves(node, values);
        records.add(new Readable(source, id, values));
      }
    }
    return records;
  }

  private static void leaves(JsonNode node, List<String> out) {
    if (node.isContainerNode()) {
      node.forEach(child -> leaves(child, out));
    } else if (node.isNull() || node.isMissingNode()) {
      out.add("<null>");
    } else {
      out.add(node.asText());
    }
  }

  static GeneratorSummary generate(
      Path dir, long seed, int people, Difficulty difficulty, double badRate) {
    try {
      return new ExampleGenerator(new GeneratorConfig(seed, people, difficulty, badRate))
          .generate(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
