package org.openresolve.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openresolve.connectors.ConnectorTestSupport.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.config.UserInputException;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.SourceKind;

class MappedSourceConnectorTest {
  static final SourceMapping FEBRL =
      mapping(
          """
      format: csv
      record_id: rec_id
      given_names: given_name
      family_name: surname
      date_of_birth: date_of_birth
      date_of_birth_pattern: yyyyMMdd
      identifier_columns:
        - column: soc_sec_id
          type: NATIONAL_ID
          issuer: AU
      address_parts:
        columns: [street_number, address_1, address_2]
        locality: suburb
        postcode: postcode
        region: state
        country: AU
      """);

  @Test
  void readsAPaddedCsvThroughAMapping() {
    var o =
        ConnectorTestSupport.read(
            SourceKind.CSV,
            "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\n"
                + "rec-1070-org, michaela, neumann, 8, stanley street, miami, winston hills, 4223, nsw, 19151111, 5304218\n",
            FEBRL,
            null,
            1 << 20);

    var r = o.record("rec-1070-org");
    assertThat(r.names())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.given()).isEqualTo("michaela");
              assertThat(n.family()).isEqualTo("neumann");
            });
    assertThat(r.birthDates()).containsExactly(PartialDate.of(1915, 11, 11));
    assertThat(r.identifiers())
        .singleElement()
        .satisfies(
            id -> {
              assertThat(id.type()).isEqualTo(IdentifierType.NATIONAL_ID);
              assertThat(id.issuer()).isEqualTo("AU");
              assertThat(id.value()).isEqualTo("5304218");
            });
    assertThat(r.addresses())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.asWritten())
                  .isEqualTo("8 stanley street miami, winston hills, nsw, 4223");
              assertThat(a.postcode()).isEqualTo("4223");
              assertThat(a.country()).isEqualTo("AU");
            });
  }

  @Test
  void quarantinesEveryRowWhenAMappedColumnIsMissingFromTheHeader() {
    var o =
        ConnectorTestSupport.read(
            SourceKind.CSV, "rec_id, given_name\nrec-1, ann\n", FEBRL, null, 1 << 20);

    assertThat(o.quarantined)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.reason()).isEqualTo(QuarantineReason.BAD_HEADER);
              assertThat(q.detail()).contains("surname");
            });
  }

  @Test
  void readsJsonLinesThroughAMapping() {
    SourceMapping m =
        mapping(
            """
        format: jsonl
        record_id: id
        full_name: name
        phones: tel
        phone_region: GB
        """);
    var o =
        ConnectorTestSupport.read(
            SourceKind.JSONL,
            "{\"id\": 7, \"name\": \"SMITH, John\", \"tel\": [\"020 7946 0018\"]}\n",
            m,
            null,
            1 << 20);

    var r = o.record("7");
    assertThat(r.names().get(0).family()).isEqualTo("smith");
    assertThat(r.phones())
        .singleElement()
        .satisfies(p -> assertThat(p.e164()).isEqualTo("+442079460018"));
  }

  @Test
  void rejectsAnUnknownMappingKeyNamingFileLineAndKey() {
    assertThatThrownBy(() -> mapping("format: csv\nrecord_id: id\nsurnmae: x\n"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith("test-mapping.yaml:3: surnmae: unknown key 'surnmae'");
  }

  @Test
  void aJsonlMappingOnACsvSourceIsTheUsersErrorNamingSourceKindAndFormat() {
    SourceMapping jsonl = mapping("format: jsonl\nrecord_id: id\n");

    assertThatThrownBy(
            () ->
                ConnectorTestSupport.read(
                    SourceKind.CSV,
                    "id\n1\n",
                    jsonl,
                    null,
                    ConnectorSettings.DEFAULT_MAX_ROW_BYTES))
        .isInstanceOf(UserInputException.class)
        .hasMessage("source 'src' is of kind csv but its mapping declares format jsonl");
  }

  @Test
  void rejectsAMappingWithoutRecordId() {
    assertThatThrownBy(() -> mapping("format: csv\ngiven_names: x\n"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("record_id is required");
  }

  @Test
  void rejectsAnUnknownIdentifierTypeInAMapping() {
    assertThatThrownBy(
            () ->
                mapping(
                    "format: csv\nrecord_id: id\nidentifier_columns:\n  - column: x\n    type: SSN\n"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("identifier_columns[0].type")
        .hasMessageContaining("'SSN' is not one of");
  }

  @Test
  void everyMappingShippedInExamplesParses() throws Exception {
    Path dir = Path.of("..", "examples", "mappings");
    try (var files = Files.list(dir)) {
      var list = files.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertThat(list).isNotEmpty();
      for (Path p : list) {
        assertThat(SourceMapping.read(p).recordId()).as(p.toString()).isNotBlank();
      }
    }
  }
}
