package org.openresolve.spark.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.core.config.UserInputException;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.schema.Columns;
import org.openresolve.spark.testing.LocalSpark;
import org.openresolve.spark.testing.PlainParquet;

class IngestJobTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(IngestJobTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * The criminal-records columns a file must have; tests name some first and get the rest empty.
   */
  private static final List<String> REQUIRED =
      List.of(
          "record_id",
          "family_name",
          "given_names",
          "full_name",
          "date_of_birth",
          "sex",
          "identifiers",
          "subject_category",
          "handling_code");

  /**
   * A criminal-records file: the given header and rows, each followed by the required columns the
   * header lacks, empty.
   */
  private Path crim(Path file, String header, String... rows) throws IOException {
    List<String> named = List.of(header.split(","));
    List<String> rest = REQUIRED.stream().filter(c -> !named.contains(c)).toList();
    String pad = ",".repeat(rest.size());
    StringBuilder text =
        new StringBuilder(header + (rest.isEmpty() ? "" : "," + String.join(",", rest)) + "\n");
    for (String row : rows) {
      text.append(row).append(pad).append('\n');
    }
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static SourceInput crimSource(Path path) {
    return new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, path.toString(), null, null);
  }

  private IngestResult ingest(List<SourceInput> sources) {
    return new IngestJob(
            spark, Instant.parse("2026-06-01T00:00:00Z"), ConnectorSettings.DEFAULT_MAX_ROW_BYTES)
        .run(sources);
  }

  @Test
  void countsEveryRowAsAcceptedOrQuarantinedPerSourceAndReason() throws IOException {
    Path crim =
        crim(
            dir.resolve("crim.csv"),
            "record_id,family_name,given_names,date_of_birth,sex",
            "C1,Smith,John,1970-02-30,M",
            "C2,Jones",
            ",Brown,Ann,1971,F",
            "C1,Smith,J,1970,M",
            "C3,White,Walter,1958,Q");
    Path intel =
        file(
            "intel.jsonl",
            "{\"report_id\": \"R1\", \"subjects\": [{\"ref\": \"S1\", \"name\": \"A B\"}, {\"name\": \"no ref\"}]}\n{broken\n");

    IngestResult r =
        ingest(
            List.of(
                new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null),
                new SourceInput(
                    "intel", SourceKind.INTELLIGENCE_REPORTS, intel.toString(), null, null)));

    SourceCounts c = r.counts().get(0);
    assertThat(c.rowsRead()).isEqualTo(5);
    assertThat(c.rowsAccepted()).isEqualTo(2);
    assertThat(c.rowsQuarantined()).isEqualTo(3);
    assertThat(c.rowsQuarantinedByReason())
        .containsOnlyKeys("WRONG_COLUMN_COUNT", "MISSING_RECORD_ID", "DUPLICATE_RECORD_ID");
    assertThat(c.recordsAccepted()).isEqualTo(2);
    assertThat(c.fieldIssuesByReason())
        .containsEntry("IMPOSSIBLE_DATE", 1L)
        .containsEntry("UNKNOWN_SEX", 1L);
    assertThat(c.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo(crim.toString());
              assertThat(f.bytes()).isEqualTo(Files.size(crim));
              assertThat(f.sha256()).hasSize(64);
            });
    SourceCounts i = r.counts().get(1);
    assertThat(i.rowsRead()).isEqualTo(2);
    assertThat(i.rowsQuarantinedByReason()).containsEntry("MALFORMED_JSON", 1L);
    assertThat(i.recordsAccepted()).isEqualTo(1);
    assertThat(i.partsQuarantinedByReason()).containsEntry("MISSING_RECORD_ID", 1L);
    assertThat(r.records().count()).isEqualTo(3);
    assertThat(r.quarantine().count()).isEqualTo(5);
    assertThat(r.fieldIssues().count()).isEqualTo(2);
    r.release();
  }

  @Test
  void writesRecordsThatAPlainParquetReaderReadsBack() throws IOException {
    Path crim =
        crim(
            dir.resolve("crim.csv"),
            "record_id,family_name,given_names,date_of_birth,phones",
            "C1,Иванов,Александр,1984-07,+7 916 123-45-67");
    IngestResult r =
        ingest(
            List.of(
                new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null)));
    Path out = dir.resolve("out");

    IngestTables.write(r, out);
    r.release();

    List<Group> rows = PlainParquet.read(out.resolve(IngestTables.RECORDS));
    assertThat(rows)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.getString(Columns.RECORD_ID, 0)).isEqualTo("C1");
              Group name = PlainParquet.structElements(g, Columns.NAMES).get(0);
              assertThat(name.getString(Columns.NameFields.LATIN, 0)).isEqualTo("aleksandr ivanov");
              assertThat(
                      PlainParquet.structElements(g, Columns.PHONES)
                          .get(0)
                          .getString(Columns.PhoneFields.E164, 0))
                  .isEqualTo("+79161234567");
            });
    assertThat(PlainParquet.read(out.resolve(IngestTables.QUARANTINE))).isEmpty();
  }

  @Test
  void readsEveryFileOfADirectorySource() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("web"));
    Files.writeString(
        sub.resolve("a.jsonl"), "{\"capture_id\": \"W1\", \"display_name\": \"Zed\"}\n");
    Files.writeString(
        sub.resolve("b.jsonl"), "{\"capture_id\": \"W2\", \"display_name\": \"Zoe\"}\n");

    IngestResult r =
        ingest(List.of(new SourceInput("web", SourceKind.OPEN_WEB, sub.toString(), null, null)));

    assertThat(r.counts().get(0).files()).hasSize(2);
    assertThat(r.counts().get(0).recordsAccepted()).isEqualTo(2);
    r.release();
  }

  @Test
  void readsFilesNamedLikeHiddenOnesAndFilesInSubfolders() throws IOException {
    Path folder = dir.resolve("crim");
    crim(folder.resolve("part1.csv"), "record_id,family_name", "C1,Smith");
    crim(folder.resolve("_part2.csv"), "record_id,family_name", "C2,Jones");
    crim(folder.resolve(".part3.csv"), "record_id,family_name", "C3,Brown");
    crim(folder.resolve("later").resolve("part4.csv"), "record_id,family_name", "C4,White");

    IngestResult r = ingest(List.of(crimSource(folder)));

    assertThat(r.counts().get(0).files())
        .extracting(SourceCounts.InputFile::path)
        .containsExactly(
            folder.resolve(".part3.csv").toString(), folder.resolve("_part2.csv").toString(),
            folder.resolve("later").resolve("part4.csv").toString(),
                folder.resolve("part1.csv").toString());
    assertThat(r.counts().get(0).recordsAccepted()).isEqualTo(4);
    r.release();
  }

  @Test
  void takesABracketInAFileNameLiterallyNotAsAPattern() throws IOException {
    Path folder = dir.resolve("exports");
    Path wanted = crim(folder.resolve("crim[1].csv"), "record_id,family_name", "C1,Smith");
    crim(folder.resolve("crim1.csv"), "record_id,family_name", "OTHER,Jones");

    IngestResult r = ingest(List.of(crimSource(wanted)));

    assertThat(r.counts().get(0).files())
        .extracting(SourceCounts.InputFile::path)
        .containsExactly(wanted.toString());
    assertThat(
            r.records()
                .select(Columns.RECORD_ID)
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("C1");
    r.release();
  }

  @Test
  void refusesARecordIdRepeatedInTwoFilesOfASource() throws IOException {
    Path folder = dir.resolve("crim");
    crim(folder.resolve("a.csv"), "record_id,family_name", "C1,Smith", "C2,Jones");
    crim(folder.resolve("b.csv"), "record_id,family_name", "C3,Brown", "C2,Jones");

    assertThatThrownBy(() -> ingest(List.of(crimSource(folder))))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "source 'crim': record id 'C2' is in "
                + folder.resolve("a.csv")
                + " line 3 and "
                + folder.resolve("b.csv")
                + " line 3; record ids must be unique across the files of a source");
  }

  @Test
  void refusesAFileWhoseHeaderMisspellsAContractColumn() throws IOException {
    Path file =
        file(
            "crim.csv",
            String.join(",", REQUIRED).replace("handling_code", "Handling_Code")
                + "\nC1,Smith,,,,,,,SECRET\n");

    assertThatThrownBy(() -> ingest(List.of(crimSource(file))))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "source 'crim': "
                + file
                + ": line 1: the header lacks column 'handling_code' (found 'Handling_Code')");
  }

  @Test
  void refusesAFolderWithoutFiles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("empty").resolve("nothing"));

    assertThatThrownBy(() -> ingest(List.of(crimSource(folder.getParent()))))
        .isInstanceOf(UserInputException.class)
        .hasMessage("source 'crim': the folder " + folder.getParent() + " holds no files");
  }

  @Test
  void countsTheRowsAndLinesItsReaderReadAndWarnsOfAMissingOptionalColumn() throws IOException {
    Path file = crim(dir.resolve("crim.csv"), "record_id,family_name", "C1,Smith", "", "C2,Jones");

    IngestResult r = ingest(List.of(crimSource(file)));

    SourceCounts c = r.counts().get(0);
    assertThat(c.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rows()).isEqualTo(3);
              assertThat(f.lines()).isEqualTo(4);
            });
    assertThat(c.rowsRead()).isEqualTo(3);
    assertThat(c.rowsAccepted() + c.rowsQuarantined()).isEqualTo(3);
    assertThat(c.warnings())
        .contains(file + ": optional column 'agency' is not in the header; read as empty");
    r.release();
  }

  /** The E.164 form of the first phone of a record, null when it could not be read. */
  private static String firstPhone(IngestResult r, String recordId) {
    return r.records()
        .filter(org.apache.spark.sql.functions.col(Columns.RECORD_ID).equalTo(recordId))
        .selectExpr(Columns.PHONES + "[0]." + Columns.PhoneFields.E164)
        .as(org.apache.spark.sql.Encoders.STRING())
        .first();
  }

  @Test
  void aSourceWithoutRegionReadsNationalNumbersInTheRegionOfItsInternationalOnes()
      throws IOException {
    // A UK-style export: most numbers it writes with a country code are British, and a Polish
    // national's mobile written "07..." is a British mobile, not a Polish number.
    Path crim =
        crim(
            dir.resolve("uk.csv"),
            "record_id,family_name,given_names,nationality,phones",
            "C1,Smith,John,GB,+44 7700 900001",
            "C2,Jones,Ann,GB,+44 7700 900002",
            "C3,Brown,Tom,GB,0044 7700 900003",
            "C4,Evans,Amy,GB,+447700900004",
            "C5,Kowalski,Jan,PL,+48 601 234 567",
            "C6,Nowak,Ewa,PL,07700 900123",
            "C7,Patel,Raj,GB,+44 20 7946 0958");

    IngestResult r = ingest(List.of(crimSource(crim)));

    assertThat(firstPhone(r, "C6")).isEqualTo("+447700900123");
    assertThat(r.counts().get(0).phoneRegionInferred()).isEqualTo("GB");
  }

  @Test
  void aSourceWhoseInternationalNumbersShowNoMajorityGetsNoRegion() throws IOException {
    Path crim =
        crim(
            dir.resolve("mixed.csv"),
            "record_id,family_name,given_names,nationality,phones",
            "C1,Smith,John,GB,+44 7700 900001",
            "C2,Jones,Ann,GB,+44 7700 900002",
            "C3,Dupont,Luc,FR,+33 6 12 34 56 78",
            "C4,Martin,Zoe,FR,+33 6 12 34 56 79",
            "C5,Kowalski,Jan,PL,+48 601 234 567",
            "C6,Nowak,Ewa,PL,601 234 568");

    IngestResult r = ingest(List.of(crimSource(crim)));

    assertThat(r.counts().get(0).phoneRegionInferred()).isNull();
    assertThat(firstPhone(r, "C6")).isEqualTo("+48601234568");
  }

  @Test
  void aGivenRegionIsNeverReplaced() throws IOException {
    Path crim =
        crim(
            dir.resolve("given.csv"),
            "record_id,family_name,given_names,phones",
            "C1,Smith,John,+44 7700 900001",
            "C2,Jones,Ann,+44 7700 900002",
            "C3,Brown,Tom,+44 7700 900003",
            "C4,Evans,Amy,+44 7700 900004",
            "C5,Patel,Raj,+44 7700 900005",
            "C6,Nowak,Ewa,0612345678");

    IngestResult r =
        ingest(
            List.of(
                new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, "FR")));

    assertThat(r.counts().get(0).phoneRegionInferred()).isNull();
    assertThat(firstPhone(r, "C6")).isEqualTo("+33612345678");
  }
}
