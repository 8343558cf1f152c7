package org.openresolve.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleFilesShippedTest {
  private static final Path RULES = Path.of("../../rules");

  @Test
  void everyShippedRuleFileIsValid() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(RULES)) {
      files = walk.filter(p -> p.getFileName().toString().equals("ruleset.yaml")).sorted().toList();
    }
    assertThat(files).contains(RULES.resolve("default/ruleset.yaml"));
    for (Path file : files) {
      assertThat(RuleSet.check(file)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void defaultRuleSetHasTheNamedBlockingRulesAndTypedLevels() {
    RuleSet rules = RuleSet.load(RULES.resolve("default/ruleset.yaml"));

    assertThat(rules.name()).isEqualTo("default");
    assertThat(rules.blocking().rules())
        .extracting(BlockingRuleSpec::key)
        .contains(
            KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR,
            KeyFunction.IDENTIFIER,
            KeyFunction.PHONE_DIGITS,
            KeyFunction.EMAIL,
            KeyFunction.ONLINE_HANDLE,
            KeyFunction.CRYPTO_WALLET);
    ComparisonSpec given = rules.comparisons().get(0);
    assertThat(given.conditions())
        .startsWith(
            new ComparisonLevel.Null(),
            new ComparisonLevel.Exact(),
            new ComparisonLevel.JaroWinkler(0.92));
    assertThat(given.conditions()).endsWith(new ComparisonLevel.Else());
    assertThat(rules.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(rules.summary())
        .startsWith("rule set 'default' (sha256 " + rules.sha256() + "): 17 blocking rules");
  }
}
