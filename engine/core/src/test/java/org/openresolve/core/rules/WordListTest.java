package org.openresolve.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openresolve.core.config.ConfigFileException;

class WordListTest {
  private static WordList parse(String text) {
    return WordList.parse("generic.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsOneWordALineWithoutCaseOrSeparatorsAndSkipsComments() {
    WordList words = parse("# roles\nWeb-Master\n\ninfo\n");

    assertThat(words.size()).isEqualTo(2);
    assertThat(words.contains("webmaster")).isTrue();
    assertThat(words.contains("_INFO_")).isTrue();
    assertThat(words.contains("admin")).isFalse();
  }

  @Test
  void refusesALineWithoutLetterOrDigitNamingFileAndLine() {
    assertThatThrownBy(() -> parse("info\n---\n"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("generic.txt")
        .hasMessageContaining("2")
        .hasMessageContaining("no letter or digit in '---'");
  }
}
