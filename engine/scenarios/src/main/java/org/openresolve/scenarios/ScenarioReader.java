package org.openresolve.scenarios;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.config.TypedYaml;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantinedRow;

/**
 * Reads a scenario file: the YAML by {@link TypedYaml} (unknown keys, wrong types and missing parts
 * name file, line and field), then each source's text through the production connector of its kind,
 * exactly as a file of that kind is read. A row the connector quarantines, an id listed in {@code
 * expect} that no record has, or an id listed twice is an error naming the scenario file and line:
 * a scenario must say what it means.
 */
public final class ScenarioReader {
  /**
   * The criminal-records contract columns. A scenario writes only those it needs; the others are
   * added empty, as a real export with empty columns would have them.
   */
  static final List<String> CRIMINAL_RECORDS_COLUMNS =
      List.of(
          "record_id",
          "agency",
          "family_name",
          "given_names",
          "full_name",
          "aliases",
          "date_of_birth",
          "place_of_birth",
          "sex",
          "nationality",
          "identifiers",
          "addresses",
          "phones",
          "emails",
          "subject_category",
          "offence",
          "event_date",
          "handling_code",
          "updated_at");

  private ScenarioReader() {}

  public static Scenario read(Path file) {
    ScenarioFile spec = TypedYaml.read(file, ScenarioFile.class);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (spec.problem() != null) {
      throw new ConfigFileException(file.toString(), 0, "", spec.problem());
    }
    String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    List<PersonRecord> records = new ArrayList<>();
    List<FieldIssue> issues = new ArrayList<>();
    for (ScenarioSource source : ScenarioSource.values()) {
      String text = source.text(spec);
      if (text == null || text.isBlank()) {
        continue;
      }
      int firstLine = keyLine(lines, source.sourceName()) + 1;
      String content = source == ScenarioSource.CRIMINAL_RECORDS ? withAllColumns(text) : text;
      read(
          file.toString(),
          firstLine,
          source,
          content,
          spec.phoneRegion().get(source.sourceName()),
          records,
          issues);
    }
    return new Scenario(
        name,
        file.toString(),
        spec.principle().strip(),
        records,
        issues,
        groups(file.toString(), lines, spec, records));
  }

  private static void read(
      String file,
      int firstLine,
      ScenarioSource source,
      String text,
      String phoneRegion,
      List<PersonRecord> records,
      List<FieldIssue> issues) {
    ConnectorSettings settings =
        new ConnectorSettings(
            source.sourceName(),
            source.kind(),
            file + " (" + source.sourceName() + ")",
            phoneRegion,
            null,
            ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
            Instant.now());
    try (SourceReader reader =
        Connectors.open(
            settings, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      while (reader.hasNext()) {
        RowResult row = reader.next();
        if (row instanceof RowResult.Quarantined q) {
          throw unreadable(file, firstLine, source, q.row());
        }
        RowResult.Accepted a = (RowResult.Accepted) row;
        if (!a.quarantinedParts().isEmpty()) {
          throw unreadable(file, firstLine, source, a.quarantinedParts().get(0));
        }
        records.addAll(a.records());
        issues.addAll(a.issues());
      }
      if (reader.fileProblem() != null) {
        throw new ConfigFileException(file, firstLine, source.sourceName(), reader.fileProblem());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static ConfigFileException unreadable(
      String file, int firstLine, ScenarioSource source, QuarantinedRow row) {
    String detail = row.detail() == null ? "" : ": " + row.detail();
    return new ConfigFileException(
        file,
        firstLine + (int) row.line() - 1,
        source.sourceName(),
        "the " + source.kind().id() + " connector quarantined the row as " + row.reason() + detail);
  }

  /** The expected groups as record keys, every id checked against the records. */
  private static List<List<String>> groups(
      String file, List<String> lines, ScenarioFile spec, List<PersonRecord> records) {
    Map<String, String> keyOfId = new HashMap<>();
    for (PersonRecord r : records) {
      String earlier = keyOfId.put(r.key().recordId(), r.key().qualifiedId());
      if (earlier != null) {
        throw new ConfigFileException(
            file,
            0,
            "",
            "record id '"
                + r.key().recordId()
                + "' is held by "
                + earlier
                + " and "
                + r.key().qualifiedId()
                + "; give every record of a scenario its own id");
      }
    }
    int expectLine = keyLine(lines, "expect");
    Set<String> listed = new LinkedHashSet<>();
    List<List<String>> groups = new ArrayList<>();
    List<List<String>> written = spec.expect().groups();
    for (int g = 0; g < written.size(); g++) {
      List<String> keys = new ArrayList<>();
      for (String id : written.get(g)) {
        String key = keyOfId.get(id);
        String field = "expect.groups[" + g + "]";
        if (key == null) {
          throw new ConfigFileException(
              file,
              expectLine,
              field,
              "no record has the id '"
                  + id
                  + "'; ids are "
                  + keyOfId.keySet().stream().sorted().toList());
        }
        if (!listed.add(id)) {
          throw new ConfigFileException(
              file,
              expectLine,
              field,
              "'" + id + "' is listed twice; a record belongs to one group");
        }
        keys.add(key);
      }
      groups.add(keys);
    }
    return groups;
  }

  /** The 1-based line of a top-level key, or 0. */
  private static int keyLine(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The CSV with every contract column its header lacks added, empty, at the end of each row. Rows
   * are one line each in a scenario.
   */
  static String withAllColumns(String csv) {
    String[] rows = csv.strip().split("\n", -1);
    Set<String> present = new LinkedHashSet<>();
    for (String column : rows[0].split(",", -1)) {
      present.add(column.strip());
    }
    StringBuilder missing = new StringBuilder();
    int added = 0;
    for (String column : CRIMINAL_RECORDS_COLUMNS) {
      if (!present.contains(column)) {
        missing.append(',').append(column);
        added++;
      }
    }
    String empty = ",".repeat(added);
    StringBuilder out = new StringBuilder(rows[0]).append(missing).append('\n');
    for (int i = 1; i < rows.length; i++) {
      out.append(rows[i]);
      if (!rows[i].isBlank()) {
        out.append(empty);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
