package org.openresolve.spark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.model.SourceKind;

class ReadingWarmUpTest {
  @TempDir Path dir;

  /** The criminal-records contract's columns (docs/input-formats.md). */
  private static final String HEADER =
      "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,"
          + "sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,"
          + "event_date,handling_code,updated_at\n";

  @Test
  void readsOnlyTheFirstRowsOfALocalFileAndChangesNothing() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < ReadingWarmUp.ROWS + 50; i++) {
      csv.append("R-")
          .append(i)
          .append(",Europol,KOWALSKA,Anna,,,1980-01-0")
          .append(i % 9 + 1)
          .append(",,F,,,,,,SUSPECT,,,,2020-01-01T00:00:00Z\n");
    }
    Path file = dir.resolve("crim.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(file);

    int records =
        ReadingWarmUp.readFirstRows(
            new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, file.toString(), null, null),
            null);

    assertThat(records).isEqualTo(ReadingWarmUp.ROWS);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void aMissingFileOrARemoteInputIsLeftToTheRun() {
    assertThat(
            ReadingWarmUp.readFirstRows(
                new SourceInput(
                    "crim",
                    SourceKind.CRIMINAL_RECORDS,
                    dir.resolve("absent.csv").toString(),
                    null,
                    null),
                null))
        .isZero();
    assertThat(
            ReadingWarmUp.readFirstRows(
                new SourceInput(
                    "crim", SourceKind.CRIMINAL_RECORDS, "hdfs://nn/crim.csv", null, null),
                null))
        .isZero();
  }

  @Test
  void aFileNoRowOfWhichCanBeReadIsIgnored() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "not,the,header\n\u0000\u0001,,\n", StandardCharsets.UTF_8);
    assertThat(
            ReadingWarmUp.readFirstRows(
                new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, file.toString(), null, null),
                null))
        .isZero();
  }
}
