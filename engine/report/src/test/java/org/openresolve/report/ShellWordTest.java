package org.openresolve.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellWordTest {
  @Test
  void aPlainWordIsLeftAsItIs() {
    assertThat(ShellWord.quote("criminal_records:WYP-0000055"))
        .isEqualTo("criminal_records:WYP-0000055");
  }

  @Test
  void aWordWithSpacesOrDollarsIsSingleQuoted() {
    assertThat(ShellWord.quote("a b$(x)")).isEqualTo("'a b$(x)'");
  }

  @Test
  void aSingleQuoteIsClosedEscapedAndReopened() {
    assertThat(ShellWord.quote("O'Brien")).isEqualTo("'O'\\''Brien'");
  }

  @Test
  void anEmptyWordIsTwoQuotes() {
    assertThat(ShellWord.quote("")).isEqualTo("''");
  }
}
