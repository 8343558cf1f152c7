package org.openresolve.spark.testing;

import java.time.Instant;
import org.openresolve.model.Address;
import org.openresolve.model.CryptoWallet;
import org.openresolve.model.Email;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.FieldIssueReason;
import org.openresolve.model.Grading;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.RecordKey;
import org.openresolve.model.Sex;
import org.openresolve.model.SourceKind;
import org.openresolve.model.SourceMetadata;
import org.openresolve.model.SubjectCategory;
import org.openresolve.model.WebNetwork;

/**
 * Small literal records for tests. Timestamps are whole microseconds so that a record that passed
 * through Spark still equals its original.
 */
public final class SampleRecords {
  private SampleRecords() {}

  /** A record with every part present, every optional value set and each kind of list used. */
  public static PersonRecord fullyPopulated() {
    return PersonRecord.builder(
            new RecordKey("met-cr", SourceKind.CRIMINAL_RECORDS, "CR-000017", "ab".repeat(32)))
        .name(
            new PersonName(
                NameType.PRIMARY,
                "Dr. Aleksandr IVANOV Jr.",
                "Latn",
                "aleksandr ivanov",
                "aleksandr",
                "ivanov",
                "dr",
                "jr"))
        .name(
            new PersonName(
                NameType.ORIGINAL_SCRIPT,
                "Александр Иванов",
                "Cyrl",
                "aleksandr ivanov",
                null,
                null,
                null,
                null))
        .name(new PersonName(NameType.ALIAS, "Sasha", "Latn", "sasha", null, null, null, null))
        .birthDate(PartialDate.of(1984, 7, 19))
        .birthDate(PartialDate.ofMonth(1984, 7))
        .birthDate(PartialDate.ofYear(1985))
        .sex(Sex.MALE)
        .nationality("RU")
        .nationality("GB")
        .placeOfBirth("Moscow")
        .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "721234567", "72 1234567"))
        .identifier(new Identifier(IdentifierType.POLICE_ID, null, "PNC01234X", "pnc-01234x"))
        .address(
            new Address(
                "12 High St, Leeds LS1 4AB", "12 high st leeds ls1 4ab", "Leeds", "LS1 4AB", "GB"))
        .address(
            new Address("somewhere near the docks", "somewhere near the docks", null, null, null))
        .phone(new Phone("+79161234567", "8 (916) 123-45-67"))
        .phone(new Phone(null, "call after 6"))
        .email(new Email("a.ivanov@example.org", "A.Ivanov@Example.org"))
        .email(new Email(null, "ivanov at example"))
        .account(new OnlineAccount("telegram", "sasha_iv", "@Sasha_Iv"))
        .wallet(new CryptoWallet("BTC", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"))
        .url("https://forum.example/u/sasha_iv")
        .metadata(
            new SourceMetadata(
                "West Yorkshire Police",
                Instant.parse("2023-04-01T10:15:30.123456Z"),
                Instant.parse("2024-01-31T23:59:59Z"),
                SubjectCategory.SUSPECT,
                new Grading(Grading.ADMIRALTY, "B", "2"),
                "OFFICIAL-SENSITIVE",
                WebNetwork.DARK))
        .build();
  }

  /** A record with only its key: every list empty, every optional value null, sex unknown. */
  public static PersonRecord minimal() {
    return PersonRecord.builder(
            new RecordKey("osint", SourceKind.OPEN_WEB, "ow-1", "cd".repeat(32)))
        .build();
  }

  public static QuarantinedRow quarantined() {
    return new QuarantinedRow(
        "met-cr",
        SourceKind.CRIMINAL_RECORDS,
        "/data/in/cr.jsonl",
        42,
        QuarantineReason.MALFORMED_JSON,
        "unexpected end of input after '{\"id\": \"CR-9'",
        "{\"id\": \"CR-9",
        "CR-9");
  }

  public static FieldIssue fieldIssue() {
    return new FieldIssue(
        "met-cr",
        "CR-000017",
        "/data/in/cr.jsonl",
        17,
        "date_of_birth",
        "2023-02-30",
        FieldIssueReason.IMPOSSIBLE_DATE,
        "no such day: 2023-2-30");
  }

  /** A record of one person by name, with its category and handling code (null for none). */
  public static PersonRecord.Builder person(
      String source,
      String id,
      String given,
      String family,
      SubjectCategory category,
      String handlingCode) {
    String full = given + " " + family;
    return PersonRecord.builder(
            new RecordKey(
                source,
                SourceKind.CRIMINAL_RECORDS,
                id,
                org.openresolve.spark.testing.SampleRecords.rowHash(source + ":" + id)))
        .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null))
        .metadata(new SourceMetadata(null, null, null, category, null, handlingCode, null));
  }

  /**
   * A stand-in for the sha256 of a record's input row: distinct per record, as one-record rows are.
   */
  public static String rowHash(String of) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(of.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
