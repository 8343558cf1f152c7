package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneRegionVoteTest {
  private static PhoneRegionVote vote(String... written) {
    PhoneRegionVote vote = new PhoneRegionVote();
    for (String w : written) {
      vote.add(w);
    }
    return vote;
  }

  @Test
  void theCountryCodeOfMostInternationalNumbersIsTheRegion() {
    PhoneRegionVote vote =
        vote(
            "+44 7700 900123",
            "0044 20 7946 0958",
            "+447700900456",
            "+44 161 496 0000",
            "+33 6 12 34 56 78",
            "07700 900789");

    assertThat(vote.numbers()).isEqualTo(5);
    assertThat(vote.region()).contains("GB");
  }

  @Test
  void nationalNumbersDoNotVote() {
    assertThat(
            vote("07700 900123", "020 7946 0958", "07700 900456", "0161 496 0000", "07700 900789")
                .numbers())
        .isZero();
  }

  @Test
  void noCountryCodeHoldingMoreThanHalfGivesNoRegion() {
    assertThat(
            vote(
                    "+44 7700 900123",
                    "+44 7700 900456",
                    "+33 6 12 34 56 78",
                    "+33 6 12 34 56 79",
                    "+49 30 901820")
                .region())
        .isEmpty();
  }

  @Test
  void tooFewNumbersGiveNoRegion() {
    assertThat(
            vote("+44 7700 900123", "+44 7700 900456", "+44 7700 900789", "+44 7700 900000")
                .region())
        .isEmpty();
  }

  @Test
  void theMainRegionOfASharedCountryCodeIsTaken() {
    assertThat(
            vote(
                    "+1 212 555 0100",
                    "+1 416 555 0100",
                    "+1 202 555 0111",
                    "+1 305 555 0123",
                    "+1 312 555 0199")
                .region())
        .contains("US");
  }

  @Test
  void unparseableAndUnknownCodesAreIgnored() {
    assertThat(vote("+", "+999 123", "+abc", "00").numbers()).isZero();
  }
}
