package org.openresolve.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatsTest {
  private static final CountryBook COUNTRIES = CountryBook.load();

  @Test
  void csvQuotesCellsWithCommasQuotesAndLineBreaks() {
    assertThat(CsvFormat.row(List.of("a", "b,c", "say \"hi\"", "two\nlines", "")))
        .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",");
  }

  @Test
  void spanishDniEndsWithItsMod23Letter() {
    IdentifierValue dni =
        new IdentifierFactory(new Dice(1), new UniqueValues(16))
            .issue(
                IdentifierType.NATIONAL_ID,
                COUNTRIES.get("ES"),
                LocalDate.of(1980, 1, 1),
                Sex.M,
                "Garcia",
                "J");
    int number = Integer.parseInt(dni.value().substring(0, 8));

    assertThat(dni.value().charAt(8)).isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23));
  }

  @Test
  void peselEncodesBirthDateAndPassesItsChecksum() {
    String pesel =
        new IdentifierFactory(new Dice(2), new UniqueValues(16))
            .issue(
                IdentifierType.NATIONAL_ID,
                COUNTRIES.get("PL"),
                LocalDate.of(2003, 7, 19),
                Sex.F,
                "Nowak",
                "A")
            .value();
    int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (pesel.charAt(i) - '0') * weights[i];
    }

    assertThat(pesel).startsWith("032719").hasSize(11);
    assertThat((pesel.charAt(9) - '0') % 2).as("even sex digit for a woman").isZero();
    assertThat(pesel.charAt(10) - '0').isEqualTo((10 - sum % 10) % 10);
  }

  @Test
  void britishDrivingLicenceIsBuiltFromNameAndBirthDate() {
    String licence =
        new IdentifierFactory(new Dice(3), new UniqueValues(16))
            .issue(
                IdentifierType.DRIVING_LICENCE,
                COUNTRIES.get("GB"),
                LocalDate.of(1976, 3, 11),
                Sex.F,
                "O'Brien",
                "MJ")
            .value();

    assertThat(licence).hasSize(16).startsWith("OBRIE753116MJ9");
  }

  @Test
  void bitcoinAddressesCarryAValidBech32Checksum() {
    String address = CryptoWallets.bitcoin(new Dice(4));

    assertThat(address).startsWith("bc1q").hasSize(42);
    assertThat(bech32Valid(address)).isTrue();
  }

  @Test
  void phoneDigitsAreGroupedByTheCountryPlan() {
    assertThat(PhoneRenderer.group("9161234567", List.of(3, 3, 2, 2), "-"))
        .isEqualTo("916-123-45-67");
    assertThat(PhoneRenderer.group("7700900123", List.of(4, 6), " ")).isEqualTo("7700 900123");
  }

  @Test
  void diacriticsAreDroppedIncludingLettersUnicodeDoesNotDecompose() {
    assertThat(Diacritics.strip("Łukasz Wiśniewski, Đặng, Müller, Strauß"))
        .isEqualTo("Lukasz Wisniewski, Dang, Muller, Strauss");
  }

  @Test
  void faultScheduleDeliversEveryKindEarlyWhenTheRateIsPositive() {
    FaultSchedule<String> schedule =
        new FaultSchedule<>(List.of("a", "b", "c"), List.of("c"), 0.0001, 2, 3, new Dice(5));
    List<String> faults = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      faults.add(schedule.next());
    }

    assertThat(faults).containsSubsequence("a", "b", "c");
    assertThat(faults.get(2)).isEqualTo("a");
  }

  @Test
  void faultScheduleAtRateZeroNeverFaults() {
    FaultSchedule<String> schedule =
        new FaultSchedule<>(List.of("a"), List.of(), 0, 0, 1, new Dice(6));
    for (int i = 0; i < 100; i++) {
      assertThat(schedule.next()).isNull();
    }
  }

  @Test
  void uniqueValuesRefuseAValueClaimedBefore() {
    UniqueValues issued = new UniqueValues(16);

    assertThat(issued.claim("email:john.smith@mail.example")).isTrue();
    assertThat(issued.claim("email:john.smith@mail.example")).isFalse();
    assertThat(issued.claim("email:john.smith7@mail.example")).isTrue();
  }

  @Test
  void shuffleWindowReleasesEveryItemOnce() throws Exception {
    List<Integer> released = new java.util.ArrayList<>();
    ShuffleWindow<Integer> window = new ShuffleWindow<>(8, new Dice(7), released::add);
    for (int i = 0; i < 100; i++) {
      window.add(i);
    }
    window.drain();

    assertThat(released)
        .hasSize(100)
        .doesNotHaveDuplicates()
        .isNotEqualTo(released.stream().sorted().toList());
  }

  @Test
  void everyCultureLoadsItsNames() {
    for (Culture culture : Culture.values()) {
      NamePool pool = NamePool.load(culture, 1.0);
      Dice dice = new Dice(8);
      assertThat(pool.given(Sex.M, dice).name().romanisations()).as(culture.name()).isNotEmpty();
      assertThat(pool.given(Sex.F, dice).name().romanisations()).as(culture.name()).isNotEmpty();
      assertThat(pool.family(dice).male().romanisations()).as(culture.name()).isNotEmpty();
      assertThat(COUNTRIES.weighted(culture.homeCountries()).items())
          .as(culture.name())
          .isNotEmpty();
    }
  }

  private static boolean bech32Valid(String address) {
    String charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    String hrp = address.substring(0, address.lastIndexOf('1'));
    String data = address.substring(address.lastIndexOf('1') + 1);
    List<Integer> values = new java.util.ArrayList<>();
    hrp.chars().forEach(c -> values.add(c >> 5));
    values.add(0);
    hrp.chars().forEach(c -> values.add(c & 31));
    data.chars().forEach(c -> values.add(charset.indexOf(c)));
    int chk = 1;
    for (int v : values) {
      int top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((top >>> i) & 1) != 0) {
          chk ^= gen[i];
        }
      }
    }
    return chk == 1;
  }
}
