package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.LevelPattern;

class ModelParametersTest {
  static final ModelParameters MODEL =
      new ModelParameters(
          "default",
          "ab".repeat(32),
          0.001,
          List.of(
              new ModelParameters.ComparisonParameters(
                  "family_name",
                  "Family name",
                  List.of(
                      new ModelParameters.LevelParameters(1, "exact", 0.8, 0.01),
                      new ModelParameters.LevelParameters(2, "different", 0.2, 0.99)))));

  @Test
  void jsonRoundTripGivesEqualParameters() {
    assertThat(ModelParameters.fromJson(MODEL.toJson())).isEqualTo(MODEL);
  }

  @Test
  void jsonIsLabelledForTheReader() {
    assertThat(MODEL.toJson())
        .contains("\"rule_set_sha256\" : \"abab")
        .contains("\"label\" : \"exact\"")
        .contains("\"partial_weight\" : 6.32");
  }

  @Test
  void unknownKeyInModelFileIsRefused() {
    String json = MODEL.toJson().replace("\"prior\"", "\"colour\" : 1, \"prior\"");

    assertThatThrownBy(() -> ModelParameters.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a model file at line ")
        .hasMessageContaining("Unrecognized field \"colour\"");
  }

  @Test
  void agreementWeighsForAndDisagreementAgainst() {
    MatchScorer scorer = new MatchScorer(MODEL);

    PairScore agree = scorer.score(LevelPattern.of(1));
    PairScore differ = scorer.score(LevelPattern.of(2));
    PairScore missing = scorer.score(LevelPattern.of(0));

    assertThat(agree.partialWeights().get(0)).isCloseTo(Math.log(80) / Math.log(2), within(1e-9));
    assertThat(differ.partialWeights().get(0)).isNegative();
    assertThat(missing.partialWeights().get(0)).isZero();
    assertThat(missing.matchWeight()).isCloseTo(scorer.priorWeight(), within(1e-12));
    assertThat(agree.matchWeight())
        .isCloseTo(scorer.priorWeight() + agree.partialWeights().get(0), within(1e-12));
    assertThat(agree.probability()).isCloseTo(0.001 * 80 / (0.001 * 80 + 0.999), within(1e-9));
  }
}
