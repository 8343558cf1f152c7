package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.name;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.rules.RuleSet;

/** A one-letter given name is an initial: it agrees by its letter, never by how a name sounds. */
class InitialHasNoSoundTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int GIVEN = RULES.comparisonIndex("given_name");

  private static String given(String x, String y) {
    ComparisonVector v =
        COMPARER.compare(
            MatchView.of(record("a").name(name(x, "nguyen")).build()),
            MatchView.of(record("b").name(name(y, "nguyen")).build()));
    return RULES.comparisons().get(GIVEN).levels().get(v.level(GIVEN)).label();
  }

  @ParameterizedTest
  @CsvSource({"d, thao", "thao, d", "k, quang"})
  void anInitialDoesNotSoundLikeANameOfAnotherLetter(String x, String y) {
    assertThat(given(x, y)).isEqualTo("different");
  }

  @Test
  void anInitialStillAgreesWithANameItBegins() {
    assertThat(given("t", "thao")).isEqualTo("initial agrees");
  }

  @Test
  void twoWholeNamesStillSoundAlike() {
    assertThat(given("ziad", "said")).isEqualTo("sounds alike");
  }
}
