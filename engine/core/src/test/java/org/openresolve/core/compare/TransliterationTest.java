package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {
  @ParameterizedTest
  @CsvSource({
    "aleksandr, alexander",
    "ivanov, iwanow",
    "dzhamshid, jamshid",
    "yuliya, julia",
    "shtaynkhagen, steinhagen",
    "dostoyevskiy, dostoevsky",
    "zhukov, joukov",
    "fyodor, fedor"
  })
  void readsRomanisationsOfOneCyrillicNameAsVariants(String a, String b) {
    assertThat(Transliteration.similarity(a, b)).isGreaterThanOrEqualTo(0.7);
  }

  @ParameterizedTest
  @CsvSource({"al qhtani, qahtani", "abd al rahman, abdalrahman", "el sayed, sayed"})
  void leavesOutTheArabicArticleAndJoinsTheWords(String a, String b) {
    assertThat(Transliteration.similarity(a, b)).isGreaterThanOrEqualTo(0.7);
  }

  @ParameterizedTest
  @CsvSource({"ivanov, petrov", "maria, boris", "john, jane", "anna, ivan", "ali, ilya"})
  void keepsDifferentNamesApart(String a, String b) {
    assertThat(Transliteration.similarity(a, b)).isLessThan(0.55);
  }

  @Test
  void isSymmetric() {
    assertThat(Transliteration.similarity("khrushchev", "chruschtschow"))
        .isEqualTo(Transliteration.similarity("chruschtschow", "khrushchev"));
  }

  @Test
  void isOneForTheSameNameAndZeroForAnEmptyOne() {
    assertThat(Transliteration.similarity("olga", "olga")).isEqualTo(1.0);
    assertThat(Transliteration.similarity("olga", "")).isZero();
  }
}
