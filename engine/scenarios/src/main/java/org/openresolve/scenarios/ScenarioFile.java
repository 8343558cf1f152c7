package org.openresolve.scenarios;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario file as written (YAML, snake_case keys): the principle it illustrates, the records of
 * each source kind inline as they would appear in that kind's file, an optional phone region per
 * source, and the expected grouping. Checked here for what needs no records; {@link ScenarioReader}
 * checks the rest.
 *
 * @param principle one sentence naming the principle
 * @param criminalRecords criminal-records CSV text, header first (omitted contract columns are
 *     empty)
 * @param intelligenceReports intelligence-reports JSON Lines
 * @param openWeb open-web JSON Lines
 * @param phoneRegion per source name, the region assumed for numbers without a country code
 * @param expect the expected grouping
 */
public record ScenarioFile(
    String principle,
    String criminalRecords,
    String intelligenceReports,
    String openWeb,
    Map<String, String> phoneRegion,
    Expectation expect) {
  public ScenarioFile {
    phoneRegion = phoneRegion == null ? Map.of() : new TreeMap<>(phoneRegion);
  }

  /**
   * What is wrong with the file as a whole, or null. Checked after parsing rather than in the
   * constructor, so that a misspelt key is reported as such rather than as the part it left out.
   */
  String problem() {
    if (principle == null || principle.isBlank()) {
      return "principle is missing: one sentence saying what the scenario shows";
    }
    if (blank(criminalRecords) && blank(intelligenceReports) && blank(openWeb)) {
      return "no records: give criminal_records, intelligence_reports or open_web";
    }
    if (expect == null || expect.groups() == null) {
      return "expect.groups is missing: give expect: {groups: [[id, id], ...]}, or groups: [] when every record is alone";
    }
    for (String source : phoneRegion.keySet()) {
      if (!ScenarioSource.names().contains(source)) {
        return "phone_region names '" + source + "'; sources are " + ScenarioSource.names();
      }
    }
    for (List<String> g : expect.groups()) {
      if (g == null || g.size() < 2) {
        return "expect.groups has a group of "
            + (g == null ? 0 : g.size())
            + " record(s); a record alone needs no group";
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The records expected together. A record listed in no group is expected alone.
   *
   * @param groups each a list of two or more record ids
   */
  public record Expectation(List<List<String>> groups) {}
}
