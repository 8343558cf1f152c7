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

  @Test
  void stoppingEarlyBelowAFloorNeverChangesAScoreAboveIt() {
    String[] names = {
      "aleksandr",
      "alexander",
      "oleksandr",
      "mohammed",
      "muhammad",
      "mhmd",
      "ahmed",
      "khrushchev",
      "chruschtschow",
      "ivanov",
      "iwanow",
      "abdulrahman",
      "abd al rahman",
      "kowalski",
      "nguyen",
      "olga",
      "zhenya",
      "li"
    };
    for (String a : names) {
      for (String b : names) {
        double full = Transliteration.similarity(a, b);
        for (double floor : new double[] {0.55, 0.7, 0.8}) {
          assertThat(Transliteration.similarity(a, b, floor))
              .as(a + " / " + b + " at " + floor)
              .isEqualTo(full >= floor ? full : 0.0);
        }
      }
    }
  }

  @Test
  void aDistanceWithinItsLimitIsExactAndOneBeyondItStaysBeyond() {
    // Letters of the table's cheap changes, so that long changes (kh, sh, ey, ou...) cross the
    // band.
    String letters = "aeiouykhsztcvw";
    java.util.Random random = new java.util.Random(11);
    for (int k = 0; k < 50_000; k++) {
      String a = randomName(random, letters);
      String b =
          random.nextInt(3) == 0
              ? a.substring(random.nextInt(a.length())) + randomName(random, letters)
              : randomName(random, letters);
      double exact = Transliteration.cost(a, b);
      double limit = random.nextDouble() * 4;
      double bounded = Transliteration.cost(a, b, limit);
      if (exact <= limit) {
        assertThat(bounded).as("%s / %s within %s", a, b, limit).isEqualTo(exact);
      } else {
        assertThat(bounded).as("%s / %s beyond %s", a, b, limit).isGreaterThan(limit);
      }
    }
  }

  private static String randomName(java.util.Random random, String letters) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + random.nextInt(9); i > 0; i--) {
      s.append(letters.charAt(random.nextInt(letters.length())));
    }
    return s.toString();
  }
}
