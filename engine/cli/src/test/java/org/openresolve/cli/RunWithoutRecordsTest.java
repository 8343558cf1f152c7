package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Sources that give not one record stop the run with each source's accounting, one line, exit 2.
 */
class RunWithoutRecordsTest {
  private static final Path RULES = Path.of("..", "..", "rules", "default", "ruleset.yaml");

  @TempDir Path dir;

  @Test
  void aRunWithoutRecordsSaysWhyInOneLineAndLeavesNoOutput() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("crim.csv"),
            "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,event_date,handling_code,updated_at\n");
    CommandLine cl = ErCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));

    int exit =
        cl.execute(
            "resolve",
            "--quiet",
            "--source",
            "crim=criminal-records:" + csv,
            "--rules",
            RULES.toString(),
            "--master",
            "local[1]",
            "--out",
            dir.resolve("out").toString(),
            "--audit-log",
            dir.resolve("audit.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "error: no records to resolve: crim 0 rows read, 0 quarantined, "
                + csv
                + ": the file has a header but no rows\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
