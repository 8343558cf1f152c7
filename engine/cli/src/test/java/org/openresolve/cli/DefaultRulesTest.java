package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.RuleSet;

/**
 * Without --rules, a run outside the installation uses the copy of rules/default built into the
 * jar.
 */
class DefaultRulesTest {
  @Test
  void theBuiltInDefaultIsTheRepositorysDefaultRuleSetWithItsNameLists() {
    // Tests run in engine/cli with no er.home: neither the installation nor the working directory
    // holds rules/.
    assertThat(System.getProperty("er.home")).isNull();
    assertThat(Path.of("rules")).doesNotExist();

    RuleSet builtIn = RuleSet.load(RuleOptions.defaultRules());

    RuleSet repository = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
    assertThat(builtIn.sha256()).isEqualTo(repository.sha256());
    assertThat(builtIn.nameListFiles()).isEqualTo(repository.nameListFiles()).isNotEmpty();
  }
}
