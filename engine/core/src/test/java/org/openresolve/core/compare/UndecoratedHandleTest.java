package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UndecoratedHandleTest {
  @ParameterizedTest
  @CsvSource({
    "_Sasha_Iv_85_, sashaiv, 85",
    "sasha.iv, sashaiv, ''",
    "-x-1-y-, x1y, ''",
    "2024, '', 2024"
  })
  void dropsDecorationAndKeepsTheFinalDigitsApart(String handle, String stem, String digits) {
    assertThat(UndecoratedHandle.of(handle)).isEqualTo(new UndecoratedHandle(stem, digits));
  }

  @ParameterizedTest
  @CsvSource({
    "sasha_iv, sashaiv85, true",
    "sasha85, sasha_85, true",
    "sasha84, sasha85, false",
    "123, 123, false"
  })
  void agreesOnTheStemUnlessBothHaveDifferentDigits(String a, String b, boolean agrees) {
    assertThat(UndecoratedHandle.of(a).agrees(UndecoratedHandle.of(b))).isEqualTo(agrees);
  }
}
