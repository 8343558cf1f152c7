package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.RowResult;
import org.openresolve.connectors.SourceReader;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.SourceKind;
import picocli.CommandLine;

/**
 * A resolve of the example data at the default console level prints its progress, counts and
 * results, and not one name, e-mail address, phone number or document number of the records it
 * read: consoles and their logs are copied to places personal data must not go.
 */
class ConsoleShowsNoPersonalDataTest {
  private static final Path DATA =
      Path.of("..", "..", "examples", "data").toAbsolutePath().normalize();

  @TempDir Path dir;

  /** The values of the example records as written, long enough not to occur in ordinary words. */
  private static Set<String> personalValues() throws IOException {
    Set<String> values = new TreeSet<>();
    for (SourceKind kind :
        List.of(
            SourceKind.CRIMINAL_RECORDS, SourceKind.INTELLIGENCE_REPORTS, SourceKind.OPEN_WEB)) {
      String file =
          switch (kind) {
            case CRIMINAL_RECORDS -> "criminal_records.csv";
            case INTELLIGENCE_REPORTS -> "intelligence_reports.jsonl";
            default -> "open_web.jsonl";
          };
      ConnectorSettings settings =
          new ConnectorSettings(
              "s", kind, file, null, null, ConnectorSettings.DEFAULT_MAX_ROW_BYTES, Instant.now());
      try (InputStream in = Files.newInputStream(DATA.resolve(file));
          SourceReader reader = Connectors.open(settings, in)) {
        while (reader.hasNext()) {
          if (reader.next() instanceof RowResult.Accepted accepted) {
            accepted.records().forEach(r -> values.addAll(valuesOf(r)));
          }
        }
      }
    }
    values.removeIf(v -> v.strip().length() < 5);
    return values;
  }

  private static List<String> valuesOf(PersonRecord r) {
    List<String> out = new ArrayList<>();
    r.names()
        .forEach(
            n -> {
              out.add(n.asWritten());
              if (n.family() != null) {
                out.add(n.family());
              }
            });
    r.emails().forEach(e -> out.add(e.asWritten()));
    r.phones().forEach(p -> out.add(p.asWritten()));
    r.identifiers().forEach(i -> out.add(i.value()));
    return out;
  }

  @Test
  void aResolveOfTheExamplesPrintsNoValueOfAnyRecord() throws IOException {
    Set<String> personal = personalValues();
    assertThat(personal).hasSizeGreaterThan(500);

    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    PrintStream err = System.err;
    PrintStream out = System.out;
    StringWriter printed = new StringWriter();
    int exit;
    try (PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      System.setOut(capture);
      CommandLine cl = ErCommand.commandLine();
      cl.setOut(new PrintWriter(printed));
      cl.setErr(new PrintWriter(printed));
      exit =
          cl.execute(
              "resolve",
              "--source",
              "criminal_records=criminal-records:" + DATA.resolve("criminal_records.csv"),
              "--source",
              "intelligence_reports=intelligence-reports:"
                  + DATA.resolve("intelligence_reports.jsonl"),
              "--source",
              "open_web=open-web:" + DATA.resolve("open_web.jsonl"),
              "--truth",
              DATA.resolve("truth.csv").toString(),
              "--master",
              "local[2]",
              "--out",
              dir.resolve("out").toString(),
              "--audit-log",
              dir.resolve("audit.jsonl").toString());
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String console = printed + logs.toString(StandardCharsets.UTF_8);

    assertThat(exit).as(console).isZero();
    assertThat(console)
        .contains("er: reading 3 sources...")
        .contains(
            "criminal_records (criminal-records): 318 rows read = 308 accepted + 10 quarantined")
        // The example data is matched in memory under the default rule set: one stage, with its
        // counts.
        .contains("er: matching in memory: 624 records, ")
        .contains("pairwise  precision");
    assertThat(personal.stream().filter(console::contains).toList())
        .as("personal data in the console")
        .isEmpty();
  }
}
