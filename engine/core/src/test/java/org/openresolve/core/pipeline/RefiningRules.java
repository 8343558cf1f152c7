package org.openresolve.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/**
 * A tiny rule set for blocking tests: family-name sound and birth year, at most two records a
 * block, split by the given-name initial; names alone, skipped for birth dates that differ.
 */
final class RefiningRules {
  static final String YAML =
      """
      name: refining
      description: two blocking rules, one refined
      blocking:
        max_block_size: 100
        rules:
          - {id: fam, label: Family and year, key: FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR, max_block_size: 2, refine_by: [GIVEN_INITIAL]}
          - id: names
            label: Names alone
            key: GIVEN_AND_FAMILY_NAME_PHONETIC
            skip_when: [{comparison: dob, level: different}]
      comparisons:
        - id: family
          label: Family name
          field: FAMILY_NAME
          levels:
            - {label: missing, when: MISSING}
            - {label: exact, when: EXACT}
            - {label: different, when: ELSE}
        - id: dob
          label: Birth date
          field: BIRTH_DATE
          levels:
            - {label: missing, when: MISSING}
            - {label: exact, when: EXACT}
            - {label: different, when: ELSE}
      model:
        random_pairs: 1000
        em_max_iterations: 50
        em_tolerance: 0.0001
        probability_two_random_records_match: estimate
      thresholds:
        match_probability: 0.9
        review_probability: 0.5
      """;

  private RefiningRules() {}

  static RuleSet load(Path dir) {
    try {
      Path file = dir.resolve("ruleset.yaml");
      Files.writeString(file, YAML);
      return RuleSet.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PersonRecord person(String id, String given, String family, int year, int month, int day) {
    String full = given + " " + family;
    return PersonRecord.builder(new RecordKey("s", SourceKind.CSV, id, "0".repeat(64)))
        .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null))
        .birthDate(PartialDate.of(year, month, day))
        .build();
  }
}
