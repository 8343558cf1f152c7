package org.openresolve.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupCharactersAreEscaped() {
    assertThat(Html.escape("<a href=\"x\">O'Neil & co</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacter() {
    assertThat(Html.escape("a\u0000b\u001bc\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
  }

  @Test
  void nullIsShownAsNothing() {
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void aLongLabelIsCutWithAnEllipsisWithoutSplittingALetter() {
    assertThat(Html.shortened("\uD835\uDC00\uD835\uDC01\uD835\uDC02", 2))
        .isEqualTo("\uD835\uDC00\u2026");
    assertThat(Html.shortened("short", 10)).isEqualTo("short");
  }
}
