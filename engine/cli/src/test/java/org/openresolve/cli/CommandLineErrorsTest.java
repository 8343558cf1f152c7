package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.cli.Run.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errors a user can make get one clear line and exit code 2, before any Spark starts. */
class CommandLineErrorsTest {
  private static final Path RULES = Path.of("..", "..", "rules", "default", "ruleset.yaml");

  @TempDir Path dir;

  private Path input() throws IOException {
    Path f = dir.resolve("crim.csv");
    Files.writeString(
        f,
        "record_id,family_name,given_names,full_name,date_of_birth,sex,identifiers,subject_category,handling_code\nC1,Smith,,,,,,,\n");
    return f;
  }

  @Test
  void rejectsASourceThatIsNotNameKindPath() {
    Run r = run("ingest", "--source", "crim", "--out", dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: --source 'crim' is not NAME=KIND:PATH (e.g. crim=criminal-records:data/crim.csv)\n");
  }

  @Test
  void rejectsAnUnknownKindListingTheKnownOnes() throws IOException {
    Run r =
        run("ingest", "--source", "crim=police:" + input(), "--out", dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "unknown kind 'police'; known kinds: criminal-records, intelligence-reports, open-web, csv, jsonl");
  }

  @Test
  void rejectsAMissingInputPath() {
    Run r =
        run(
            "ingest",
            "--source",
            "crim=criminal-records:" + dir.resolve("nope.csv"),
            "--out",
            dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: source 'crim': " + dir.resolve("nope.csv") + " does not exist\n");
  }

  @Test
  void refusesAnExistingOutputDirectoryWithoutOverwrite() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));

    Run r = run("ingest", "--source", "crim=criminal-records:" + input(), "--out", out.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: output directory "
                + out
                + " already exists; choose another or pass --overwrite\n");
  }

  @Test
  void overwriteRefusesAFolderTheEngineDidNotWriteAndDeletesNothing() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("thesis").resolve("sub")).getParent();
    Files.writeString(folder.resolve("sub").resolve("thesis.txt"), "four years of work");

    Run r =
        run(
            "ingest",
            "--source",
            "crim=criminal-records:" + input(),
            "--out",
            folder.toString(),
            "--overwrite");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: --out "
                + folder
                + " holds files the engine did not write (it has no .openresolve-output marker); refusing to replace it: choose another directory\n");
    assertThat(folder.resolve("sub").resolve("thesis.txt")).hasContent("four years of work");
  }

  @Test
  void refusesTheSourceFolderAsOutputAndKeepsTheInput() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path csv = Files.writeString(data.resolve("crim.csv"), "record_id,family_name\nC1,Smith\n");

    Run r =
        run(
            "resolve",
            "--source",
            "crim=criminal-records:" + data,
            "--rules",
            RULES.toString(),
            "--out",
            data.toString(),
            "--overwrite");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: --out "
                + data
                + " holds the input of --source crim ("
                + data
                + "); choose an output directory apart from the inputs\n");
    assertThat(csv).hasContent("record_id,family_name\nC1,Smith\n");
  }

  @Test
  void exportRefusesToReplaceAFolderTheEngineDidNotWrite() throws IOException {
    Path runDir = Files.createDirectories(dir.resolve("run"));
    Files.createDirectories(runDir.resolve("records"));
    Files.createDirectories(runDir.resolve("merges"));
    Files.copy(RULES, runDir.resolve("ruleset.yaml"));
    Files.copy(RULES.resolveSibling("nicknames.csv"), runDir.resolve("nicknames.csv"));
    Files.copy(RULES.resolveSibling("generic-handles.txt"), runDir.resolve("generic-handles.txt"));
    new org.openresolve.spark.manifest.RunManifest(
            "R-0", "resolve", java.time.Instant.EPOCH, "local[1]")
        .write(runDir.resolve("manifest.json"), java.time.Instant.EPOCH);
    org.openresolve.spark.output.OutputDirectory.seal(runDir, "resolve", "R-0", "manifest.json");
    org.openresolve.spark.output.OutputDirectory.markComplete(runDir);
    Path folder = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(folder.resolve("letter.txt"), "dear");

    Run r =
        run(
            "export",
            "--out",
            runDir.toString(),
            "--audience",
            "OFFICIAL",
            "--to",
            folder.toString(),
            "--overwrite");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: --to " + folder + " holds files the engine did not write");
    assertThat(folder.resolve("letter.txt")).hasContent("dear");
  }

  @Test
  void exportRefusesARunThatDidNotFinish() throws IOException {
    Path runDir = Files.createDirectories(dir.resolve("run"));
    Files.createDirectories(runDir.resolve("records"));
    Files.createDirectories(runDir.resolve("merges"));

    Run r =
        run(
            "export",
            "--out",
            runDir.toString(),
            "--audience",
            "OFFICIAL",
            "--to",
            dir.resolve("release").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + runDir
                + " has no .openresolve-output marker, so it is not a finished output of er resolve; refusing to release it\n");
    assertThat(dir.resolve("release")).doesNotExist();
  }

  @Test
  void refusesADamagedAuditLogBeforeAnyWork() throws IOException {
    Path log = Files.writeString(dir.resolve("audit.jsonl"), "{\"seq\":1}");

    Run r =
        run(
            "resolve",
            "--source",
            "crim=criminal-records:" + input(),
            "--rules",
            RULES.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--audit-log",
            log.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: audit log "
                + log
                + " is damaged: line 1 has no line end: it was cut off or added by hand; restore it from a copy before running\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void refusesAMalformedMasterBeforeSparkStarts() throws IOException {
    Run r =
        run(
            "ingest",
            "--source",
            "crim=criminal-records:" + input(),
            "--out",
            dir.resolve("out").toString(),
            "--master",
            "spark:/nohost");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: --master 'spark:/nohost' is not a Spark master URL; use local[N], local[*], spark://HOST:PORT, yarn or k8s://https://HOST:PORT\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void refusesAMappingThatNamesAColumnTheFileLacksBeforeSparkStarts() throws IOException {
    Path csv = Files.writeString(dir.resolve("people.csv"), "id,surname,forename\n1,Smith,John\n");
    Path mapping =
        Files.writeString(
            dir.resolve("people.yaml"),
            "format: csv\nrecord_id: id\nfamily_name: surname\ngiven_names: first_name\n");

    Run r =
        run(
            "ingest",
            "--source",
            "p=csv:" + csv,
            "--mapping",
            "p=" + mapping,
            "--out",
            dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: source 'p': " + csv + ": line 1: the header lacks column 'first_name'\n");
  }

  @Test
  void asksForAMappingForACsvSource() throws IOException {
    Run r = run("ingest", "--source", "x=csv:" + input(), "--out", dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("source 'x' is of kind csv: give its mapping with --mapping x=FILE");
  }

  @Test
  void rejectsTheSameSourceNameTwice() throws IOException {
    Path f = input();
    Run r =
        run(
            "ingest",
            "--source",
            "a=criminal-records:" + f,
            "--source",
            "a=open-web:" + f,
            "--out",
            dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: source name 'a' is given twice\n");
  }

  @Test
  void reportsARuleFileErrorWithFileLineAndField() throws IOException {
    Path rules = dir.resolve("bad.yaml");
    String valid = Files.readString(Path.of("..", "..", "rules", "default", "ruleset.yaml"));
    Files.writeString(rules, "bogus: 1\n" + valid);

    Run r = run("rules", "validate", rules.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + rules + ":1: bogus: unknown key 'bogus'");
  }

  @Test
  void validatesTheDefaultRuleSet() {
    Run r =
        run(
            "rules",
            "validate",
            Path.of("..", "..", "rules", "default", "ruleset.yaml").toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("valid");
  }

  @Test
  void refusesAPhoneRegionThatIsNoCountryAsAMappingDoes() throws IOException {
    Run r =
        run(
            "ingest",
            "--source",
            "crim=criminal-records:" + input(),
            "--phone-region",
            "crim=Narnia",
            "--out",
            dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: --phone-region crim=Narnia: 'Narnia' is not a country; use an ISO 3166 alpha-2 code such as GB or FR\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void reportsAMisspeltMappingKeyWithItsLineAndTheKeyMeant() throws IOException {
    Path csv = Files.writeString(dir.resolve("people.csv"), "id,surname\n1,Smith\n");
    Path mapping =
        Files.writeString(
            dir.resolve("people.yaml"), "format: csv\nrecrod_id: id\nfamily_name: surname\n");

    Run r =
        run(
            "ingest",
            "--source",
            "p=csv:" + csv,
            "--mapping",
            "p=" + mapping,
            "--out",
            dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + mapping
                + ":2: recrod_id: unknown key 'recrod_id'; did you mean 'record_id'?\n");
  }

  @Test
  void refusesAMasterNobodyAnswersAtBeforeSparkStarts() throws IOException {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }

    Run r =
        run(
            "ingest",
            "--source",
            "crim=criminal-records:" + input(),
            "--out",
            dir.resolve("out").toString(),
            "--master",
            "spark://127.0.0.1:" + port);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "error: --master spark://127.0.0.1:"
                + port
                + ": no Spark master answers at 127.0.0.1:"
                + port
                + " (")
        .endsWith(")\n");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
