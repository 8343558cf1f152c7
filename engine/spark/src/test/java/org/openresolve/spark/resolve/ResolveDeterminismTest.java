package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.RecordKey;
import org.openresolve.model.Sex;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.LocalSpark;

/**
 * Membership does not depend on how the work is split: the same records give the same entities with
 * one or four input and shuffle partitions, and a frozen model.json gives the entities of the run
 * that trained it.
 */
class ResolveDeterminismTest {
  private static final String[][] PEOPLE = {
    {"anna", "petrova"},
    {"ivan", "sokolov"},
    {"maria", "garcia"},
    {"john", "smith"},
    {"jon", "smyth"},
    {"li", "wei"},
    {"ahmed", "hassan"},
    {"olga", "ivanova"},
    {"peter", "novak"},
    {"sara", "cohen"},
    {"david", "miller"},
    {"elena", "popescu"},
    {"omar", "khalil"},
    {"fatima", "zahra"},
    {"lucas", "martin"}
  };

  private static SparkSession spark;
  private static RuleSet rules;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(ResolveDeterminismTest.class);
    rules = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Three records per person in two sources, with typos, missing parts and shared contacts. */
  static List<PersonRecord> records() {
    List<PersonRecord> out = new ArrayList<>();
    for (int p = 0; p < PEOPLE.length; p++) {
      String given = PEOPLE[p][0];
      String family = PEOPLE[p][1];
      int year = 1970 + p;
      out.add(
          record("crim", SourceKind.CRIMINAL_RECORDS, "C" + p, given, family)
              .birthDate(PartialDate.of(year, 1 + p % 12, 1 + p))
              .sex(p % 2 == 0 ? Sex.FEMALE : Sex.MALE)
              .identifier(
                  new Identifier(
                      IdentifierType.PASSPORT, "GB", "P" + (100000 + p), "P" + (100000 + p)))
              .phone(new Phone("+4477009001" + String.format("%02d", p), "077009001" + p))
              .build());
      out.add(
          record(
                  "web",
                  SourceKind.OPEN_WEB,
                  "W" + p,
                  given,
                  family.substring(0, family.length() - 1) + "e")
              .birthDate(PartialDate.ofMonth(year, 1 + p % 12))
              .phone(new Phone("+4477009001" + String.format("%02d", p), "077009001" + p))
              .email(
                  new Email(
                      given + "." + family + "@example.org", given + "." + family + "@example.org"))
              .build());
      out.add(
          record("web", SourceKind.OPEN_WEB, "X" + p, given, family)
              .birthDate(PartialDate.of(year, 1 + p % 12, 1 + p))
              .email(
                  new Email(
                      given + "." + family + "@example.org", given + "." + family + "@example.org"))
              .build());
    }
    return out;
  }

  private static PersonRecord.Builder record(
      String source, SourceKind kind, String id, String given, String family) {
    String full = given + " " + family;
    return PersonRecord.builder(
            new RecordKey(
                source,
                kind,
                id,
                org.openresolve.spark.testing.SampleRecords.rowHash(source + ":" + id)))
        .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null));
  }

  private static Dataset<Row> input(int partitions) {
    return spark
        .createDataFrame(
            records().stream().map(PersonRecordRows::toRow).toList(), PersonRecordRows.SCHEMA)
        .repartition(partitions);
  }

  private record Run(Map<String, String> membership, ModelParameters model) {}

  private static Run resolve(int partitions, ModelParameters frozen) {
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    try {
      ResolveResult result = new ResolveJob(spark, rules, frozen).run(input(partitions));
      Map<String, String> membership = new TreeMap<>();
      for (Row r : result.membership().select("source", "record_id", "entity_id").collectAsList()) {
        membership.put(r.getString(0) + ":" + r.getString(1), r.getString(2));
      }
      result.release();
      return new Run(membership, result.model());
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", "2");
    }
  }

  @Test
  void membershipIsTheSameWithOneOrFourPartitions() {
    Run one = resolve(1, null);
    Run four = resolve(4, null);

    assertThat(one.membership()).hasSize(3 * PEOPLE.length);
    assertThat(four.membership()).isEqualTo(one.membership());
    assertThat(four.model().toJson()).isEqualTo(one.model().toJson());
  }

  @Test
  void aFrozenModelGivesTheMembershipOfTheRunThatTrainedIt() {
    Run trained = resolve(2, null);
    ModelParameters frozen = ModelParameters.fromJson(trained.model().toJson());

    Run loaded = resolve(4, frozen);

    assertThat(loaded.membership()).isEqualTo(trained.membership());
    assertThat(new java.util.HashSet<>(trained.membership().values()))
        .hasSizeLessThan(trained.membership().size());
  }
}
