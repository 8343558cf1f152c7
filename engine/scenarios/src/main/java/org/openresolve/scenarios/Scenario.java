package org.openresolve.scenarios;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.PersonRecord;

/**
 * A scenario ready to run: its records as the connectors read them, and the expected grouping by
 * record key ({@code source:record_id}).
 *
 * @param name the file name without {@code .yaml}
 * @param file where it was read from, for messages
 * @param issues bad values the connectors found in the records (kept out of matching, as in a run)
 * @param groups the records expected together; every other record is expected alone
 */
public record Scenario(
    String name,
    String file,
    String principle,
    List<PersonRecord> records,
    List<FieldIssue> issues,
    List<List<String>> groups) {
  public Scenario {
    requireNonNull(name, "name is null");
    requireNonNull(file, "file is null");
    requireNonNull(principle, "principle is null");
    records = List.copyOf(records);
    issues = List.copyOf(issues);
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** The record keys in the order of the file. */
  public List<String> keys() {
    return records.stream().map(r -> r.key().qualifiedId()).toList();
  }
}
