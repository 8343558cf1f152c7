package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.cli.Run.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code er scenarios} on hand-written scenarios, among the bundled sample as background: a line
 * per scenario, the wrong pairs named, exit 1 on any failure (known gap or not), 2 on a bad file.
 */
class ScenariosCommandTest {
  private static final Path RULES = Path.of("..", "..", "rules", "default", "ruleset.yaml");

  /** The bundled sample: a handful of scenario records alone would train a meaningless model. */
  private static final Path BACKGROUND = Path.of("..", "..", "examples", "data");

  @TempDir Path dir;

  private Path suite(String gaps) throws IOException {
    Path s = Files.createDirectories(dir.resolve("suite"));
    Files.writeString(
        s.resolve("same-passport.yaml"),
        """
        principle: The same passport, name and birth date are one person.
        criminal_records: |
          record_id,given_names,family_name,date_of_birth,identifiers
          A-1,Siobhan,Gallagher,1987-03-14,PASSPORT:IE:PA4417732
        intelligence_reports: |
          {"report_id": "IR-1", "subjects": [{"ref": "S1", "name": "Siobhan Gallagher", "date_of_birth": "1987-03-14", "identifiers": [{"type": "PASSPORT", "issuer": "IE", "value": "PA4417732"}]}]}
        expect:
          groups:
            - [A-1, IR-1/S1]
        """);
    Files.writeString(
        s.resolve("wrongly-expected-apart.yaml"),
        """
        principle: An expectation the engine rightly does not meet, to see a failure reported.
        criminal_records: |
          record_id,given_names,family_name,date_of_birth,identifiers,phones
          B-1,Tomasz,Wisniewski,1986-04-09,PASSPORT:PL:EA1234567,07700 900123
          B-2,Tomasz,Wisniewski,1986-04-09,PASSPORT:PL:EA1234567,
        expect:
          groups: []
        """);
    if (gaps != null) {
      Files.writeString(s.resolve("known-gaps.txt"), gaps);
    }
    return s;
  }

  @Test
  void reportsEachScenarioAndTheWronglyMergedPairAndExitsOneEvenForAKnownGap() throws IOException {
    Path suite = suite("wrongly-expected-apart  expected wrongly on purpose\n");

    Run r =
        run(
            "scenarios",
            suite.toString(),
            "--rules",
            RULES.toString(),
            "--background",
            BACKGROUND.toString(),
            "--explain");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("PASS same-passport\n");
    assertThat(r.out())
        .contains(
            "FAIL wrongly-expected-apart (known gap): wrongly merged criminal_records:B-1 + criminal_records:B-2 (linked directly, p ");
    assertThat(r.out())
        .containsPattern(
            "\n     bad value left out of matching: criminal_records:B-1 \\w+ '07700 900123': ");
    assertThat(r.out())
        .containsPattern(
            "\n +Identity document +same document +\\+\\d+\\.\\d\\d   PASSPORT\\|PL\\|EA1234567 \\| PASSPORT\\|PL\\|EA1234567   \\(held by 1 person among \\d+ records\\)\n");
    assertThat(r.out())
        .endsWith(
            "2 scenarios: 1 passed, 1 failed (1 listed in "
                + suite.resolve("known-gaps.txt")
                + ")\n");
  }

  @Test
  void aBadScenarioFileIsOneLineAndExitTwo() throws IOException {
    Path s = suite(null);
    Files.writeString(
        s.resolve("broken.yaml"),
        "principle: x.\nopen_web: |\n  {\"capture_id\": \"OW-1\"}\nexpect:\n  grups: []\n");

    Run r =
        run(
            "scenarios",
            s.toString(),
            "--rules",
            RULES.toString(),
            "--background",
            BACKGROUND.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: " + s.resolve("broken.yaml") + ":5: expect.grups: unknown key 'grups'");
  }
}
