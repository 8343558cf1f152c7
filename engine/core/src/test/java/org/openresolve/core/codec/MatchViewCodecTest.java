package org.openresolve.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.MatchView;
import org.openresolve.model.Address;
import org.openresolve.model.CryptoWallet;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.RecordKey;
import org.openresolve.model.Sex;
import org.openresolve.model.SourceKind;

class MatchViewCodecTest {
  private static PersonRecord.Builder record(String id) {
    return PersonRecord.builder(new RecordKey("crim", SourceKind.CSV, id, "0".repeat(64)));
  }

  private static MatchView full() {
    return MatchView.of(
        record("CR-1")
            .name(
                new PersonName(
                    NameType.PRIMARY,
                    "Aleksandr Ivanov",
                    "Latn",
                    "aleksandr ivanov",
                    "aleksandr",
                    "ivanov",
                    null,
                    null))
            .name(
                new PersonName(
                    NameType.ALIAS, "Madonna", "Latn", "madonna", null, null, null, null))
            .name(
                new PersonName(
                    NameType.ORIGINAL_SCRIPT,
                    "李小龍",
                    "Hani",
                    "li xiaolong",
                    "xiaolong",
                    "li",
                    null,
                    null))
            .birthDate(PartialDate.of(1984, 7, 19))
            .birthDate(PartialDate.ofMonth(1984, 7))
            .sex(Sex.values()[Sex.values().length - 1])
            .nationality("RU")
            .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "45 09 123456"))
            .identifier(new Identifier(IdentifierType.PASSPORT, null, "X1", "X1"))
            .address(
                new Address(
                    "1 Main St, São Paulo", "1 main st sao paulo", "São Paulo", "01310-100", "BR"))
            .phone(new Phone("+447700900123", "07700 900123"))
            .email(new Email("ivan@example.org", "Ivan@Example.org"))
            .account(new OnlineAccount("telegram", "ivan_k", "@Ivan_K"))
            .wallet(new CryptoWallet("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"))
            .build());
  }

  private static MatchView empty() {
    return MatchView.of(record("CR-2").build());
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() {
    assertThat(MatchViewCodec.decode(MatchViewCodec.encode(full()))).isEqualTo(full());
  }

  @Test
  void anEmptyViewSurvivesTheRoundTrip() {
    assertThat(MatchViewCodec.decode(MatchViewCodec.encode(empty()))).isEqualTo(empty());
  }

  @Test
  void encodingIsAFractionOfJavaSerialisation() throws IOException {
    ByteArrayOutputStream java = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(java)) {
      out.writeObject(full());
    }

    assertThat(MatchViewCodec.encode(full()).length * 4).isLessThan(java.size());
  }

  @Test
  void truncatedInputFailsWithItsPosition() {
    byte[] bytes = MatchViewCodec.encode(full());

    assertThatThrownBy(() -> MatchViewCodec.decode(Arrays.copyOf(bytes, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("string of 9 bytes at byte 1 runs past the end (5 bytes)");
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] encoded = MatchViewCodec.encode(empty());
    byte[] bytes = Arrays.copyOf(encoded, encoded.length + 2);

    assertThatThrownBy(() -> MatchViewCodec.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an encoded MatchView: 2 bytes left after the last field");
  }
}
