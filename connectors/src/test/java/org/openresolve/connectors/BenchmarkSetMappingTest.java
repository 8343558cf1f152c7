package org.openresolve.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.model.SourceKind;

/**
 * The public benchmark sets read through the mapping files committed in examples/mappings, every
 * row accepted. Runs where the shared datasets folder sits beside the repository, as in CI.
 */
class BenchmarkSetMappingTest {
  private static final Path DATASETS = Path.of("..", "..", "shared", "datasets");

  @ParameterizedTest
  @CsvSource({
    "febrl/dataset4a.csv, febrl.yaml, 5000",
    "febrl/dataset4b.csv, febrl.yaml, 5000",
    "febrl/dataset3.csv, febrl.yaml, 5000",
    "ncvr_leipzig_5party/ncvr_numrec_5000_modrec_2_ocp_40_myp_0_nump_5.csv, ncvr.yaml, 5000",
    "ncvr_leipzig_5party/ncvr_numrec_5000_modrec_2_ocp_0_myp_3_nump_5.csv, ncvr.yaml, 5000",
    "splink_fake_1000/fake_1000.csv, splink_fake_1000.yaml, 1000"
  })
  void readsEveryRowOfABenchmarkSetThroughItsMapping(String file, String mapping, int rows)
      throws IOException {
    Path data = DATASETS.resolve(file);
    // The shared datasets belong beside the project (CI has them): missing data is a failure, not a
    // skip.
    assertThat(data).as("benchmark data missing at " + data.toAbsolutePath()).exists();
    SourceMapping m = SourceMapping.read(Path.of("..", "examples", "mappings", mapping));

    var o =
        ConnectorTestSupport.read(
            SourceKind.CSV,
            Files.readAllBytes(data),
            m,
            null,
            ConnectorSettings.DEFAULT_MAX_ROW_BYTES);

    assertThat(o.quarantined).isEmpty();
    assertThat(o.rows).isEqualTo(rows);
    assertThat(o.records).hasSize(rows);
  }
}
