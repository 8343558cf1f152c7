package org.openresolve.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {
  @Test
  void rejectsNoPeople() {
    assertThatThrownBy(() -> new GeneratorConfig(1, 0, Difficulty.EASY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("people must be at least 1: 0");
  }

  @Test
  void rejectsABadRowRateAboveOneHalf() {
    assertThatThrownBy(() -> new GeneratorConfig(1, 10, Difficulty.EASY, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("badRowRate must be between 0 and 0.5: 0.7");
  }

  @Test
  void rejectsANegativeBadRowRate() {
    assertThatThrownBy(() -> new GeneratorConfig(1, 10, Difficulty.EASY, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("badRowRate must be between 0 and 0.5: -0.1");
  }

  @Test
  void rejectsAMissingDifficulty() {
    assertThatThrownBy(() -> new GeneratorConfig(1, 10, null, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("difficulty is null");
  }

  @Test
  void parsesDifficultyIgnoringCase() {
    assertThat(Difficulty.parse(" Hard ")).isEqualTo(Difficulty.HARD);
  }

  @Test
  void rejectsAnUnknownDifficulty() {
    assertThatThrownBy(() -> Difficulty.parse("brutal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("difficulty must be easy, normal or hard: 'brutal'");
  }

  @Test
  void parsesTheCommandLine() {
    GeneratorArguments args =
        GeneratorArguments.parse(
            new String[] {
              "--out",
              "examples/data",
              "--people",
              "300",
              "--seed",
              "42",
              "--difficulty",
              "normal",
              "--bad-row-rate",
              "0.02"
            });

    assertThat(args.out()).isEqualTo(Path.of("examples/data"));
    assertThat(args.config()).isEqualTo(new GeneratorConfig(42, 300, Difficulty.NORMAL, 0.02));
  }

  @Test
  void commandLineRequiresAnOutputDirectory() {
    assertThatThrownBy(() -> GeneratorArguments.parse(new String[] {"--people", "3"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--out DIR is required");
  }

  @Test
  void commandLineQuotesANonNumber() {
    assertThatThrownBy(
            () -> GeneratorArguments.parse(new String[] {"--out", "x", "--people", "many"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a number for --people: 'many'");
  }
}
