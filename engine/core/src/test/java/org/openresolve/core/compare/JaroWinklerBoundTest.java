package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerBoundTest {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  @Test
  void neverFallsBelowTheSimilarityOfNamesAddressesAndHandles() {
    List<String> values =
        List.of(
            "ivanov",
            "iwanow",
            "ivanova",
            "petrov",
            "martha",
            "marhta",
            "dixon",
            "dicksonx",
            "jones",
            "johnson",
            "a",
            "ab",
            "ba",
            "mohammed",
            "muhammad",
            "mhmd",
            "al hassan",
            "hassan",
            "12 high street leeds",
            "12 high st leeds",
            "14 oak road york",
            "flat 3 12 high street",
            "jpavlov",
            "j_pavlov99",
            "pavlov",
            "nguyen",
            "ngyuen",
            "aaaa",
            "aaab",
            "abab",
            "baba");
    for (String a : values) {
      for (String b : values) {
        assertThat(JaroWinklerBound.atMost(a, b))
            .as("%s / %s", a, b)
            .isGreaterThanOrEqualTo(JARO_WINKLER.apply(a, b));
      }
    }
  }

  @Test
  void neverFallsBelowTheSimilarityOfRandomTextsOfFewLetters() {
    Random random = new Random(7);
    for (int k = 0; k < 200_000; k++) {
      String a = randomText(random);
      String b = random.nextInt(4) == 0 ? mutated(a, random) : randomText(random);
      assertThat(JaroWinklerBound.atMost(a, b))
          .as("%s / %s", a, b)
          .isGreaterThanOrEqualTo(JARO_WINKLER.apply(a, b));
    }
  }

  @Test
  void unrelatedTextsFallBelowTheLevelsThresholds() {
    assertThat(JaroWinklerBound.atMost("ivanov", "peters")).isEqualTo(0.0);
    assertThat(JaroWinklerBound.atMost("12 high street leeds", "7 oak way york")).isLessThan(0.8);
    assertThat(JaroWinklerBound.atMost("smith", "jones")).isLessThan(0.8);
  }

  @Test
  void shortTextsInAnyScriptAreBoundedLetterByLetter() {
    assertThat(JaroWinklerBound.atMost("peters", "иванов")).isEqualTo(0.0);
    assertThat(JaroWinklerBound.atMost("müller", "muller"))
        .isLessThan(1.0)
        .isGreaterThanOrEqualTo(JARO_WINKLER.apply("müller", "muller"));
    assertThat(JaroWinklerBound.atMost("иванов", "иванова"))
        .isGreaterThanOrEqualTo(JARO_WINKLER.apply("иванов", "иванова"));
  }

  @Test
  void longTextsWithLettersBeyondTheCountedTableAreNotBounded() {
    assertThat(JaroWinklerBound.atMost("12 müllerstraße berlin mitte", "7 oak way york"))
        .isEqualTo(1.0);
  }

  @Test
  void emptyTextsAgreeOnlyWithEachOther() {
    assertThat(JaroWinklerBound.atMost("", "")).isEqualTo(1.0);
    assertThat(JaroWinklerBound.atMost("", "ivanov")).isEqualTo(0.0);
  }

  // Few letters, so random texts share many and the bound is tested close to the similarity.
  private static String randomText(Random random) {
    int length = 1 + random.nextInt(12);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + random.nextInt(5)));
    }
    return s.toString();
  }

  private static String mutated(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int at = random.nextInt(s.length());
    switch (random.nextInt(3)) {
      case 0 -> s.setCharAt(at, (char) ('a' + random.nextInt(5)));
      case 1 -> s.deleteCharAt(at);
      default -> s.insert(at, (char) ('a' + random.nextInt(5)));
    }
    return s.toString();
  }
}
