package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.TermFrequencies;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.LocalSpark;
import org.openresolve.spark.testing.SampleRecords;

/**
 * A burner phone given by five unrelated people and by both records of a sixth: the five stay
 * apart, the sixth's records still merge on name and birth date, and the link says why the phone
 * weighed nothing. The same input under the rule set without its {@code shared_value} limits shows
 * what the limit prevents: the phone chains two of the strangers, born three years apart (too close
 * for the birth-year guard), through a record that gives only an initial. Both runs apply one
 * frozen model, so only the limit differs.
 */
class SharedValueResolveTest {
  private static final String BURNER = "+447700900555";

  private static SparkSession spark;
  private static RuleSet rules;
  private static ModelParameters model;

  @TempDir static Path dir;

  @BeforeAll
  static void train() {
    spark = LocalSpark.start(SharedValueResolveTest.class);
    rules = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
    ResolveResult r = new ResolveJob(spark, rules, null).run(input());
    model = r.model();
    r.release();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static PersonRecord burnerUser(
      String source, SourceKind kind, String id, String given, String family, PartialDate born) {
    String full = given + " " + family;
    PersonRecord.Builder b =
        PersonRecord.builder(
                new RecordKey(source, kind, id, SampleRecords.rowHash(source + ":" + id)))
            .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null))
            .phone(new Phone(BURNER, "07700 900555"));
    return born == null ? b.build() : b.birthDate(born).build();
  }

  /** The background people of the determinism test, and the burner's users. */
  private static Dataset<Row> input() {
    List<PersonRecord> records = new ArrayList<>(ResolveDeterminismTest.records());
    records.add(
        burnerUser(
            "crim",
            SourceKind.CRIMINAL_RECORDS,
            "P1",
            "dmitri",
            "volkov",
            PartialDate.of(1979, 4, 12)));
    records.add(
        burnerUser(
            "web", SourceKind.OPEN_WEB, "P2", "dmitri", "volkov", PartialDate.of(1979, 4, 12)));
    records.add(
        burnerUser(
            "crim",
            SourceKind.CRIMINAL_RECORDS,
            "U1",
            "aziz",
            "karimov",
            PartialDate.of(1985, 3, 2)));
    records.add(
        burnerUser(
            "crim",
            SourceKind.CRIMINAL_RECORDS,
            "U2",
            "anvar",
            "karimov",
            PartialDate.of(1988, 11, 20)));
    records.add(burnerUser("web", SourceKind.OPEN_WEB, "U3", "a", "karimov", null));
    records.add(
        burnerUser(
            "crim",
            SourceKind.CRIMINAL_RECORDS,
            "U4",
            "rustam",
            "nazarov",
            PartialDate.of(1988, 6, 15)));
    records.add(
        burnerUser(
            "crim",
            SourceKind.CRIMINAL_RECORDS,
            "U5",
            "timur",
            "saidov",
            PartialDate.of(1990, 1, 9)));
    return spark.createDataFrame(
        records.stream().map(PersonRecordRows::toRow).toList(), PersonRecordRows.SCHEMA);
  }

  /**
   * The rule set with every shared_value line taken out, and the rarity weighing that needs it,
   * beside a copy of its word lists.
   */
  private static RuleSet withoutLimits() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("unlimited"));
    Path shipped = Path.of("../../rules/default");
    try (var files = Files.list(shipped)) {
      for (Path f :
          files.filter(f -> !f.getFileName().toString().equals("ruleset.yaml")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    String text =
        Files.readString(shipped.resolve("ruleset.yaml"))
            .replaceAll("(?m)^ *shared_value: .*\n", "")
            .replaceAll(
                "(?m)(against the prior of a random pair however large the input\\.\n) *term_frequency: true\n",
                "$1");
    return RuleSet.load(Files.writeString(folder.resolve("ruleset.yaml"), text));
  }

  @Test
  void fiveStrangersOnOneBurnerPhoneStayApartWhileOnePersonsTwoRecordsMerge() {
    ResolveResult r = new ResolveJob(spark, rules, model).run(input());
    Map<String, String> m = Memberships.of(r);

    assertThat(m.get("crim:P1")).isEqualTo(m.get("web:P2"));
    List<String> burnerPeople =
        List.of("crim:P1", "crim:U1", "crim:U2", "web:U3", "crim:U4", "crim:U5");
    assertThat(new HashSet<>(burnerPeople.stream().map(m::get).toList())).hasSize(6);
    // d 1979, a 1985, a 1988, r 1988, t 1990: "a karimov" without a date may be either Karimov.
    assertThat(r.termCounts()).containsEntry(TermFrequencies.key(PersonField.PHONE, BURNER), 5L);
    r.release();
  }

  @Test
  void theLinkOfOnePersonsRecordsSaysWhyTheirSharedPhoneWeighedNothing() {
    ResolveResult r = new ResolveJob(spark, rules, model).run(input());
    int phone = rules.comparisonIndex("phone");

    Row link =
        r.scoredPairs()
            .filter(
                "source_l = 'crim' AND record_id_l = 'P1' AND record_id_r = 'P2' AND decision = 'LINK'")
            .select(ScorePairs.PARTIAL_WEIGHTS, ScorePairs.NOTES)
            .first();

    assertThat(link.<Double>getList(0).get(phone)).isEqualTo(0.0);
    assertThat(link.<String>getList(1).get(phone))
        .isEqualTo("shared by at least 5 people (limit 3): agreement weighs nothing");
    r.release();
  }

  @Test
  void withoutTheLimitTheBurnerChainsTwoStrangersThroughARecordThatGivesOnlyAnInitial()
      throws IOException {
    ResolveResult r = new ResolveJob(spark, withoutLimits(), model).run(input());
    Map<String, String> m = Memberships.of(r);

    assertThat(m.get("crim:U1")).isEqualTo(m.get("web:U3")).isEqualTo(m.get("crim:U2"));
    r.release();
  }
}
