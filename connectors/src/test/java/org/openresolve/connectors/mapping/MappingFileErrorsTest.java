package org.openresolve.connectors.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openresolve.core.config.ConfigFileException;

/** A mapping file's mistakes, each with the line and key an analyst must look at. */
class MappingFileErrorsTest {
  private static SourceMapping read(String yaml) {
    return SourceMapping.read(
        "people.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String error(String yaml) {
    return assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(ConfigFileException.class)
        .actual()
        .getMessage();
  }

  @Test
  void aMisspeltRequiredKeyIsNamedWithTheKeyItWasMeantToBe() {
    assertThat(error("format: csv\nrecrod_id: id\nfamily_name: surname\n"))
        .isEqualTo("people.yaml:2: recrod_id: unknown key 'recrod_id'; did you mean 'record_id'?");
  }

  @Test
  void aMisspeltOptionalKeyIsNamedWithTheKeyItWasMeantToBe() {
    assertThat(error("format: csv\nrecord_id: id\nfamily_nam: surname\n"))
        .isEqualTo(
            "people.yaml:3: family_nam: unknown key 'family_nam'; did you mean 'family_name'?");
  }

  @Test
  void aMissingRequiredKeyPointsToTheFileNotPastItsEnd() {
    assertThat(error("format: csv\nfamily_name: surname\n"))
        .isEqualTo("people.yaml:1: record_id is required: the column that holds the record id");
  }

  @Test
  void aBadDatePatternNamesItsKeyAndLine() {
    assertThat(
            error(
                "format: csv\nrecord_id: id\ndate_of_birth: dob\ndate_of_birth_pattern: dd/mm/yyyy\nsex: sex\n"))
        .startsWith("people.yaml:4: date_of_birth_pattern: date pattern 'dd/mm/yyyy' ");
  }

  @Test
  void aCountryAliasAsPhoneRegionMeansTheSameAsOnTheCommandLine() {
    assertThat(read("format: csv\nrecord_id: id\nphone_region: UK\n").phoneRegion())
        .isEqualTo("GB");
    assertThat(read("format: csv\nrecord_id: id\nphone_region: gb\n").phoneRegion())
        .isEqualTo("GB");
  }

  @Test
  void aPhoneRegionThatIsNoCountryIsRefusedAtItsLine() {
    assertThat(error("format: csv\nrecord_id: id\nphone_region: Narnia\n"))
        .isEqualTo(
            "people.yaml:3: phone_region: 'Narnia' is not a country; use an ISO 3166 alpha-2 code such as GB or FR");
  }
}
