package org.openresolve.spark.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.audit.AuditLog;
import org.openresolve.core.config.UserInputException;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.IngestTables;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.lineage.LineageJob;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.report.RunReportFile;
import org.openresolve.spark.resolve.ResolveTables;
import org.openresolve.spark.testing.LocalSpark;

/**
 * The resolve action run directly, without the command line: typed options in, typed outcome out.
 */
class ResolveActionTest {
  private static final Path RULES = Path.of("../../rules/default/ruleset.yaml");
  private static final String HEADER =
      "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,event_date,handling_code,updated_at\n";
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(ResolveActionTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private List<SourceInput> sources() throws IOException {
    Path crim =
        Files.writeString(
            dir.resolve("crim.csv"),
            HEADER
                + "C1,MPS,Smith,John,,,1970-01-01,,M,GB,,,+44 7700 900001,john.smith@mail.example,SUSPECT,,,OFFICIAL,\n"
                + "C2,MPS,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,,VICTIM,,,OFFICIAL,\n"
                + "C3,GMP,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,ann.jones@mail.example,WITNESS,,,OFFICIAL,\n"
                + "C4,GMP,Brown,Li,,,1990,,M,CN,,,,,OTHER,,,OFFICIAL,\n"
                + "C3,GMP,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,ann.jones@mail.example\n");
    Path web =
        Files.writeString(
            dir.resolve("web.jsonl"),
            "{\"capture_id\": \"W1\", \"display_name\": \"John Smith\", \"date_of_birth\": \"1970-01-01\", \"emails\": [\"john.smith@mail.example\"], \"phones\": [\"+44 7700 900001\"]}\n");
    return List.of(
        new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null),
        new SourceInput("web", SourceKind.OPEN_WEB, web.toString(), null, null));
  }

  @Test
  void aRunWithErasureAuditAndAPreviousRunWritesEverythingAndRecordsItInTheLogAndManifest()
      throws IOException {
    // C3 is a record, and its id also names a row quarantined for a missing cell.
    RuleSet rules = RuleSet.load(RULES);
    Path log = dir.resolve("audit.jsonl");
    ResolveOutcome first =
        new ResolveAction(
                ResolveOptions.builder(sources(), RULES, rules, dir.resolve("run1"))
                    .auditLog(log)
                    .build())
            .run(spark);

    ResolveOutcome second =
        new ResolveAction(
                ResolveOptions.builder(sources(), RULES, rules, dir.resolve("run2"))
                    .auditLog(log)
                    .previous(dir.resolve("run1"))
                    .erase(Set.of("crim:C3"))
                    .build())
            .run(spark);

    Path out = dir.resolve("run2");
    assertThat(first.inputRecords()).isEqualTo(5);
    assertThat(second.inputRecords()).isEqualTo(5);
    assertThat(keys(out.resolve(IngestTables.RECORDS)))
        .containsExactlyInAnyOrder("crim:C1", "crim:C2", "crim:C4", "web:W1");
    assertThat(keys(out.resolve(ResolveTables.MEMBERSHIP)))
        .containsExactlyInAnyOrder("crim:C1", "crim:C2", "crim:C4", "web:W1");
    assertThat(keys(dir.resolve("run1").resolve(IngestTables.QUARANTINE)))
        .containsExactly("crim:C3");
    assertThat(spark.read().parquet(out.resolve(IngestTables.QUARANTINE).toString()).count())
        .isZero();
    assertThat(spark.read().parquet(out.resolve(LineageJob.LINEAGE).toString()).count())
        .isPositive();
    AuditLog.Verification audit = new AuditLog(log).verify();
    assertThat(audit.intact()).isTrue();
    assertThat(audit.entries()).isEqualTo(4); // each run records its start and its end
    assertThat(second.manifest().auditEntry()).isEqualTo(audit.head());
    JsonNode manifest = new ObjectMapper().readTree(second.manifest().file().toFile());
    assertThat(manifest.path("run_id").asText()).isEqualTo(second.runId());
    assertThat(manifest.path("counts").path("erasure").path("erased").asLong()).isEqualTo(1);
    assertThat(manifest.path("audit").path("entry_hash").asText()).isEqualTo(audit.head());
    assertThat(OutputDirectory.whyIncomplete(out, "resolve")).isNull();
    assertThat(Files.readString(log)).doesNotContain("C3", "Jones", "ann.jones");
  }

  @Test
  void everyRunWritesAReportThatEscapesNamesAndThatErReportRebuildsTheSame() throws IOException {
    Path crim =
        Files.writeString(
            dir.resolve("hostile.csv"),
            HEADER
                + "H1,MPS,<script>alert(1)</script>,Eve,,,1970-01-01,,F,GB,,,+44 7700 900009,eve@mail.example,SUSPECT,,,OFFICIAL,\n"
                + "H2,GMP,<script>alert(1)</script>,Eve,,,1970-01-01,,F,GB,,,+44 7700 900009,eve@mail.example,VICTIM,,,OFFICIAL,\n");
    List<SourceInput> inputs = new java.util.ArrayList<>(sources());
    inputs.add(
        new SourceInput("hostile", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null));
    Path out = dir.resolve("run");

    new ResolveAction(ResolveOptions.builder(inputs, RULES, RuleSet.load(RULES), out).build())
        .run(spark);

    String page = Files.readString(out.resolve(RunReportFile.NAME));
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    assertThat(page).contains("./er explain --out " + out + " --entity E-");
    JsonNode resolve =
        new ObjectMapper()
            .readTree(out.resolve("manifest.json").toFile())
            .path("counts")
            .path("resolve");
    assertThat(resolve.path("match_weight_histogram").path("pairs").asLong())
        .isEqualTo(resolve.path("candidate_pairs").asLong())
        .isPositive();
    assertThat(OutputDirectory.whyIncomplete(out, "resolve")).isNull();
    Files.delete(out.resolve(RunReportFile.NAME));

    RunReportFile.rebuild(spark, out);

    assertThat(Files.readString(out.resolve(RunReportFile.NAME))).isEqualTo(page);
  }

  @Test
  void erReportRefusesADirectoryThatIsNotAFinishedResolveOutput() throws IOException {
    Path notAnOutput = Files.createDirectories(dir.resolve("other"));

    assertThatThrownBy(() -> RunReportFile.rebuild(spark, notAnOutput))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            notAnOutput
                + " has no .openresolve-output marker, so it is not a finished output of er resolve");
  }

  @Test
  void refusesBeforeAnyWorkALogWhoseLastEntryWasCutOff() throws IOException {
    RuleSet rules = RuleSet.load(RULES);
    Path log = dir.resolve("audit.jsonl");
    Path run = Files.createDirectories(dir.resolve("run1").resolve("membership")).getParent();
    Files.writeString(
        run.resolve("manifest.json"),
        "{\"audit\": {\"log\": \"" + log + "\", \"entry_hash\": \"" + "ab".repeat(32) + "\"}}");
    ResolveAction action =
        new ResolveAction(
            ResolveOptions.builder(sources(), RULES, rules, dir.resolve("run2"))
                .auditLog(log)
                .previous(run)
                .build());

    assertThatThrownBy(action::checkBeforeWork)
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "audit log "
                + log
                + " lacks entry "
                + "ab".repeat(32)
                + " recorded in the manifest of "
                + run
                + ": entries were removed from its end");
  }

  @Test
  void aRunWithoutRecordsSaysWhyAndLeavesNoOutput() throws IOException {
    Path crim = Files.writeString(dir.resolve("crim.csv"), HEADER);
    List<SourceInput> sources =
        List.of(new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null));
    ResolveAction action =
        new ResolveAction(
            ResolveOptions.builder(sources, RULES, RuleSet.load(RULES), dir.resolve("out"))
                .build());

    assertThatThrownBy(() -> action.run(spark))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "no records to resolve: crim 0 rows read, 0 quarantined, "
                + crim
                + ": the file has a header but no rows");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static List<String> keys(Path table) {
    return spark
        .read()
        .parquet(table.toString())
        .selectExpr("concat(source, ':', record_id)")
        .as(Encoders.STRING())
        .collectAsList();
  }
}
