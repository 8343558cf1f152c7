package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code er explain --records} on a run of the bundled sample: one pair, or several in one run. */
class ExplainCommandTest {
  private static final Path DATA = Path.of("..", "..", "examples", "data");
  private static final Path RULES = Path.of("..", "..", "rules", "default", "ruleset.yaml");

  /** A linked pair, then a pair the run did not link, the second given right record first. */
  private static final String[] TWO_PAIRS = {
    "--records",
    "criminal_records:WYP-0000055",
    "criminal_records:MPS-0000288",
    "--records",
    "open_web:OW-100001",
    "criminal_records:WYP-0000055"
  };

  @TempDir static Path dir;

  private static Path out;

  @BeforeAll
  static void resolveTheSample() {
    out = dir.resolve("out");
    Run r =
        run(
            "resolve",
            "--source",
            "criminal_records=criminal-records:" + DATA.resolve("criminal_records.csv"),
            "--source",
            "open_web=open-web:" + DATA.resolve("open_web.jsonl"),
            "--rules",
            RULES.toString(),
            "--master",
            "local[1]",
            "--quiet",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  /** {@code er explain} on the sample's run, with {@code args} after the common options. */
  private static Run explain(String... args) {
    List<String> all = new ArrayList<>(List.of("explain", "--out", out.toString(), "--quiet"));
    all.addAll(List.of("--master", "local[1]"));
    all.addAll(List.of(args));
    Run r = run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  private static String[] withJson(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(0, "--json");
    return all.toArray(String[]::new);
  }

  @Test
  void explainsEveryPairGivenInTheirOrderAsAJsonArray() throws Exception {
    Run r = explain(withJson(TWO_PAIRS));

    JsonNode answers = new ObjectMapper().readTree(r.out());
    assertThat(answers.isArray()).isTrue();
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("left").asText()).isEqualTo("criminal_records:MPS-0000288");
    assertThat(answers.get(0).get("right").asText()).isEqualTo("criminal_records:WYP-0000055");
    assertThat(answers.get(1).get("left").asText()).isEqualTo("criminal_records:WYP-0000055");
    assertThat(answers.get(1).get("right").asText()).isEqualTo("open_web:OW-100001");
    assertThat(answers.get(1).get("evidence").get("matchWeight").isNumber()).isTrue();
  }

  @Test
  void explainsOnePairAsAJsonObject() throws Exception {
    Run r =
        explain(
            "--json", "--records", "criminal_records:WYP-0000055", "criminal_records:MPS-0000288");

    JsonNode answer = new ObjectMapper().readTree(r.out());
    assertThat(answer.isObject()).isTrue();
    assertThat(answer.get("outcome").asText()).isEqualTo("LINKED");
  }

  @Test
  void printsEachPairInTurnAsText() {
    Run r = explain(TWO_PAIRS);

    assertThat(r.out())
        .startsWith("criminal_records:MPS-0000288 and criminal_records:WYP-0000055: LINKED\n")
        .contains("\n\ncriminal_records:WYP-0000055 and open_web:OW-100001: ");
  }
}
