package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierComparatorTest {
  @ParameterizedTest
  @CsvSource({
    "1234567, 1234567, true",
    "1234567, 1234557, true",
    "1234567, 1243567, true",
    "1234567, 123456, true",
    "1234567, 12345678, true",
    "1234567, 1235467, true",
    "1234567, 1243576, false",
    "1234567, 7654321, false",
    "1234567, 12345, false",
  })
  void oneEditApartCountsSubstitutionInsertionDeletionAndTransposition(
      String a, String b, boolean expected) {
    assertThat(IdentifierComparator.oneEditApart(a, b)).isEqualTo(expected);
    assertThat(IdentifierComparator.oneEditApart(b, a)).isEqualTo(expected);
  }
}
