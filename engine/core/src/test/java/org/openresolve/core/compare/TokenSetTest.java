package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenSetTest {
  @Test
  void anAddressMissingItsSecondLineAgreesFully() {
    assertThat(TokenSet.similarity("12 high street", "12 high street flat 3 leeds")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("12 high street flat 3 leeds", "12 high street")).isEqualTo(1.0);
  }

  @Test
  void countsTheSmallerSidesDistinctWordsThatTheOtherHas() {
    assertThat(TokenSet.similarity("12 high street leeds", "14 high road leeds"))
        .isCloseTo(0.5, within(1e-12));
    assertThat(TokenSet.similarity("garcia lopez", "lopez")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("garcia lopez", "perez lopez")).isEqualTo(0.5);
  }

  @Test
  void aRepeatedWordCountsOnce() {
    assertThat(TokenSet.similarity("abd abd rahman", "abd khalil")).isEqualTo(0.5);
    assertThat(TokenSet.similarity("abd abd", "abd")).isEqualTo(1.0);
  }

  @Test
  void emptyWordsBetweenSpacesAreNotWords() {
    assertThat(TokenSet.similarity("  high  street ", "high street")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("   ", "high street")).isZero();
    assertThat(TokenSet.similarity("", "")).isZero();
  }

  @Test
  void aWordMustMatchWholeNotAsAPrefix() {
    assertThat(TokenSet.similarity("high", "highgate street")).isZero();
    assertThat(TokenSet.similarity("street", "streets")).isZero();
  }
}
