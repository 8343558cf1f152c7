package org.openresolve.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.config.UserInputException;
import org.openresolve.model.PersonRecord;

class ScenarioReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsEachSourceThroughItsConnectorWithOmittedColumnsEmpty() throws IOException {
    Path file =
        write(
            "two.yaml",
            """
        principle: The same passport links.
        criminal_records: |
          record_id,given_names,family_name,identifiers
          A-1,Siobhan,Gallagher,PASSPORT:IE:PA4417732
        intelligence_reports: |
          {"report_id": "IR-1", "subjects": [{"ref": "S1", "name": "Siobhan Gallagher", "date_of_birth": "1987"}]}
        open_web: |
          {"capture_id": "OW-1", "platform": "forum.example", "username": "siobhan_g"}
        expect:
          groups:
            - [A-1, IR-1/S1]
        """);
    Scenario s = ScenarioReader.read(file);
    assertThat(s.name()).isEqualTo("two");
    assertThat(s.keys())
        .containsExactly("criminal_records:A-1", "intelligence_reports:IR-1/S1", "open_web:OW-1");
    PersonRecord a = s.records().get(0);
    assertThat(a.names().get(0).given()).isEqualToIgnoringCase("siobhan");
    assertThat(a.identifiers()).hasSize(1);
    assertThat(s.groups())
        .containsExactly(java.util.List.of("criminal_records:A-1", "intelligence_reports:IR-1/S1"));
  }

  @Test
  void anUnknownKeyNamesFileLineAndKey() throws IOException {
    Path file =
        write(
            "typo.yaml",
            """
        principle: A typo.
        open_web: |
          {"capture_id": "OW-1", "platform": "forum.example", "username": "x"}
        phone_regions:
          open_web: GB
        expect: {groups: []}
        """);
    assertThatThrownBy(() -> ScenarioReader.read(file))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("typo.yaml:4")
        .hasMessageContaining("unknown key 'phone_regions'");
  }

  @Test
  void aMissingPrincipleIsAnError() throws IOException {
    Path file =
        write(
            "noprinciple.yaml",
            """
        open_web: |
          {"capture_id": "OW-1", "platform": "forum.example", "username": "x"}
        expect: {groups: []}
        """);
    assertThatThrownBy(() -> ScenarioReader.read(file))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("principle is missing");
  }

  @Test
  void aRowTheConnectorQuarantinesNamesItsLineInTheScenarioFile() throws IOException {
    Path file =
        write(
            "badrow.yaml",
            """
        principle: A broken report.
        intelligence_reports: |
          {"report_id": "IR-1", "subjects": [{"ref": "S1", "name": "Ana Souza"}]}
          {"report_id": "IR-2", "subjects": [
        expect: {groups: []}
        """);
    assertThatThrownBy(() -> ScenarioReader.read(file))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith(file + ":4: intelligence_reports: ")
        .hasMessageContaining("MALFORMED_JSON");
  }

  @Test
  void anExpectedIdNoRecordHasIsAnError() throws IOException {
    Path file =
        write(
            "noid.yaml",
            """
        principle: A misspelt id.
        open_web: |
          {"capture_id": "OW-1", "platform": "forum.example", "username": "x"}
          {"capture_id": "OW-2", "platform": "forum.example", "username": "y"}
        expect:
          groups:
            - [OW-1, OW-3]
        """);
    assertThatThrownBy(() -> ScenarioReader.read(file))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("noid.yaml:5: expect.groups[0]: no record has the id 'OW-3'");
  }

  @Test
  void aGroupOfOneIsAnError() throws IOException {
    Path file =
        write(
            "one.yaml",
            """
        principle: A group of one.
        open_web: |
          {"capture_id": "OW-1", "platform": "forum.example", "username": "x"}
        expect:
          groups:
            - [OW-1]
        """);
    assertThatThrownBy(() -> ScenarioReader.read(file))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining(
            "one.yaml: expect.groups has a group of 1 record(s); a record alone needs no group");
  }

  @Test
  void knownGapsNeedAReasonAndAnExistingScenario() throws IOException {
    write(
        "a.yaml",
        "principle: x.\nopen_web: |\n  {\"capture_id\": \"OW-1\", \"platform\": \"forum.example\", \"username\": \"x\"}\nexpect: {groups: []}\n");
    write(KnownGaps.FILE_NAME, "# comment\n\na  the engine cannot yet\n");
    assertThat(ScenarioSuite.in(dir).knownGaps().reasons())
        .containsEntry("a", "the engine cannot yet");
    write(KnownGaps.FILE_NAME, "a\n");
    assertThatThrownBy(() -> ScenarioSuite.in(dir))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining(":1: a: no reason");
    write(KnownGaps.FILE_NAME, "b  gone\n");
    assertThatThrownBy(() -> ScenarioSuite.in(dir))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("lists 'b', which is no scenario");
  }
}
