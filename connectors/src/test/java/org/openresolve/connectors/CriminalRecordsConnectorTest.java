package org.openresolve.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.connectors.ConnectorTestSupport.read;

import org.junit.jupiter.api.Test;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.FieldIssueReason;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.Sex;
import org.openresolve.model.SourceKind;
import org.openresolve.model.SubjectCategory;

class CriminalRecordsConnectorTest {
  static final String HEADER =
      "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,event_date,handling_code,updated_at\n";

  @Test
  void readsEveryContractColumnIntoTheSchema() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,Met Police,IVANOV,Aleksandr,,Sasha|Alex Ivanoff,1984-07-19,Moscow,M,RU|LVA,PASSPORT:RU:753 912-345,\"1 High St, Riga\",+7 916 123-45-67,Sasha.I@Mail.example,SUSPECT,theft,2024-01,OFFICIAL-SENSITIVE,2025-03-01T10:00:00Z\n");

    PersonRecord r = o.record("CR-1");
    assertThat(r.key().source()).isEqualTo("src");
    assertThat(r.key().kind()).isEqualTo(SourceKind.CRIMINAL_RECORDS);
    assertThat(r.key().rowSha256()).hasSize(64);
    assertThat(r.names())
        .extracting(n -> n.type())
        .containsExactly(NameType.PRIMARY, NameType.ALIAS, NameType.ALIAS);
    assertThat(r.names().get(0).latin()).isEqualTo("aleksandr ivanov");
    assertThat(r.birthDates()).containsExactly(PartialDate.of(1984, 7, 19));
    assertThat(r.sex()).isEqualTo(Sex.MALE);
    assertThat(r.nationalities()).containsExactly("RU", "LV");
    assertThat(r.placeOfBirth()).isEqualTo("Moscow");
    assertThat(r.identifiers())
        .singleElement()
        .satisfies(
            id -> {
              assertThat(id.type()).isEqualTo(IdentifierType.PASSPORT);
              assertThat(id.issuer()).isEqualTo("RU");
              assertThat(id.value()).isEqualTo("753912345");
              assertThat(id.asWritten()).isEqualTo("753 912-345");
            });
    assertThat(r.addresses())
        .singleElement()
        .satisfies(a -> assertThat(a.asWritten()).isEqualTo("1 High St, Riga"));
    assertThat(r.phones())
        .singleElement()
        .satisfies(p -> assertThat(p.e164()).isEqualTo("+79161234567"));
    assertThat(r.emails())
        .singleElement()
        .satisfies(e -> assertThat(e.normalised()).isEqualTo("sasha.i@mail.example"));
    assertThat(r.metadata().originator()).isEqualTo("Met Police");
    assertThat(r.metadata().subjectCategory()).isEqualTo(SubjectCategory.SUSPECT);
    assertThat(r.metadata().handlingCode()).isEqualTo("OFFICIAL-SENSITIVE");
    assertThat(r.metadata().updatedAt()).hasToString("2025-03-01T10:00:00Z");
    assertThat(o.issues).isEmpty();
  }

  @Test
  void usesTheFullNameOnlyWhenThePartsAreEmpty() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,,,,\"SMITH, John\",,,,,,,,,,,,,,\n"
                + "CR-2,,Doe,Jane,Someone Else,,,,,,,,,,,,,,\n");

    assertThat(o.record("CR-1").names())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.family()).isEqualTo("smith");
              assertThat(n.given()).isEqualTo("john");
            });
    assertThat(o.record("CR-2").names())
        .singleElement()
        .satisfies(n -> assertThat(n.latin()).isEqualTo("jane doe"));
  }

  @Test
  void quarantinesEachUnreadableRowWithItsOwnReasonAndKeepsTheGoodOnes() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,,Smith,John,,,1970,,M,,,,,,,,,,\n"
                + "CR-2,,Smith,John,,,1970\n"
                + ",,Brown,Ann,,,1971,,F,,,,,,,,,,\n"
                + "CR-1,,Smith,Johnny,,,1970,,M,,,,,,,,,,\n"
                + "CR-3,,,,,,,,,,,,,,SUSPECT,,,,\n"
                + "CR-4,,Green,\"Al,1960,,,,,,,,,,,,,,\n"
                + "CR-5,,White,Walter,,,1958,,M,,,,,,,,,,\n");

    assertThat(o.quarantined)
        .extracting(QuarantinedRow::line, QuarantinedRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, QuarantineReason.WRONG_COLUMN_COUNT),
            org.assertj.core.groups.Tuple.tuple(4L, QuarantineReason.MISSING_RECORD_ID),
            org.assertj.core.groups.Tuple.tuple(5L, QuarantineReason.DUPLICATE_RECORD_ID),
            org.assertj.core.groups.Tuple.tuple(6L, QuarantineReason.EMPTY_RECORD),
            org.assertj.core.groups.Tuple.tuple(7L, QuarantineReason.UNTERMINATED_QUOTE));
    assertThat(o.quarantined.get(0).raw()).isEqualTo("CR-2,,Smith,John,,,1970");
    assertThat(o.quarantined.get(0).file()).isEqualTo("test-file");
    assertThat(o.records).extracting(r -> r.key().recordId()).containsExactly("CR-1", "CR-5");
    assertThat(o.rows).isEqualTo(o.accepted + o.quarantined.size()).isEqualTo(7);
  }

  @Test
  void aQuarantinedRowNamesItsRecordWhereTheIdCellCanBeRead() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-2,,Smith,John,,,1970\n"
                + ",,Brown,Ann,,,1971,,F,,,,,,,,,,\n"
                + "CR-3,,,,,,,,,,,,,,SUSPECT,,,,\n"
                + "CR-3,,,,,,,,,,,,,,SUSPECT,,,,\n"
                + "\"CR-4\",,Green,\"Al,1960,,,,,,,,,,,,,,\n"
                + "\"CR-5,,Green,Al,1960,,,,,,,,,,,,,,\n");

    assertThat(o.quarantined)
        .extracting(QuarantinedRow::reason, QuarantinedRow::recordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QuarantineReason.WRONG_COLUMN_COUNT, "CR-2"),
            org.assertj.core.groups.Tuple.tuple(QuarantineReason.MISSING_RECORD_ID, null),
            org.assertj.core.groups.Tuple.tuple(QuarantineReason.EMPTY_RECORD, "CR-3"),
            org.assertj.core.groups.Tuple.tuple(QuarantineReason.DUPLICATE_RECORD_ID, "CR-3"),
            org.assertj.core.groups.Tuple.tuple(QuarantineReason.UNTERMINATED_QUOTE, "CR-4"),
            org.assertj.core.groups.Tuple.tuple(QuarantineReason.UNTERMINATED_QUOTE, null));
  }

  @Test
  void quarantinesAnOversizeRowWithoutHoldingItWhole() {
    String longCell = "x".repeat(5000);
    var o =
        ConnectorTestSupport.read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,,Smith,John,,,1970,,M,,,,,,,,,,\n"
                + "CR-2,,"
                + longCell
                + ",John,,,1970,,M,,,,,,,,,,\n"
                + "CR-3,,Smith,Jane,,,1971,,F,,,,,,,,,,\n",
            null,
            null,
            1000);

    assertThat(o.quarantined)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.reason()).isEqualTo(QuarantineReason.OVERSIZE_ROW);
              assertThat(q.line()).isEqualTo(3);
              assertThat(q.raw()).hasSize(1000);
            });
    assertThat(o.records).hasSize(2);
  }

  @Test
  void keepsARecordWithBadValuesAndReportsEachWithItsOwnReason() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,,Smith,John,,,2023-02-30,,Q,Atlantis,PASSPORT-123|BADGE:GB:77,,call me,not-an-email,PERP,,,,yesterday\n"
                + "CR-2,,Smith,Jane,,,19/07/1984,,F,,,,,,,,,,\n"
                + "CR-3,,Smith,Baby,,,2030-01-01,,F,,,,,,,,,,\n");

    PersonRecord r = o.record("CR-1");
    assertThat(r.birthDates()).isEmpty();
    assertThat(r.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(r.nationalities()).isEmpty();
    assertThat(r.identifiers()).isEmpty();
    assertThat(r.phones())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.e164()).isNull();
              assertThat(p.asWritten()).isEqualTo("call me");
            });
    assertThat(r.emails()).singleElement().satisfies(e -> assertThat(e.normalised()).isNull());
    assertThat(r.metadata().subjectCategory()).isEqualTo(SubjectCategory.UNDETERMINED);
    assertThat(o.issues)
        .extracting(FieldIssue::recordId, FieldIssue::field, FieldIssue::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "date_of_birth", FieldIssueReason.IMPOSSIBLE_DATE),
            org.assertj.core.groups.Tuple.tuple("CR-1", "sex", FieldIssueReason.UNKNOWN_SEX),
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "nationality", FieldIssueReason.UNKNOWN_COUNTRY),
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "identifiers[0]", FieldIssueReason.MALFORMED_IDENTIFIER),
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "identifiers[1]", FieldIssueReason.UNKNOWN_IDENTIFIER_TYPE),
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "phones", FieldIssueReason.UNPARSEABLE_PHONE),
            org.assertj.core.groups.Tuple.tuple("CR-1", "emails", FieldIssueReason.INVALID_EMAIL),
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "subject_category", FieldIssueReason.UNKNOWN_SUBJECT_CATEGORY),
            org.assertj.core.groups.Tuple.tuple(
                "CR-1", "updated_at", FieldIssueReason.MALFORMED_TIMESTAMP),
            org.assertj.core.groups.Tuple.tuple(
                "CR-2", "date_of_birth", FieldIssueReason.MALFORMED_DATE),
            org.assertj.core.groups.Tuple.tuple(
                "CR-3", "date_of_birth", FieldIssueReason.FUTURE_DATE));
    assertThat(o.issues).allSatisfy(i -> assertThat(i.line()).isPositive());
    assertThat(o.quarantined).isEmpty();
  }

  @Test
  void refusesTheFileAndQuarantinesEveryRowWhenTheHeaderHasNoRecordIdColumn() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER.replace("record_id,", "id,")
                + "1,,Smith,,,,,,,,,,,,,,,,\n2,,Jones,,,,,,,,,,,,,,,,\n");

    assertThat(o.problem).isEqualTo("line 1: the header lacks column 'record_id'");
    assertThat(o.quarantined)
        .hasSize(2)
        .allSatisfy(
            q -> {
              assertThat(q.reason()).isEqualTo(QuarantineReason.BAD_HEADER);
              assertThat(q.detail()).isEqualTo("line 1: the header lacks column 'record_id'");
            });
    assertThat(o.records).isEmpty();
  }

  @Test
  void refusesAFileWithAMisspeltContractColumnNamingWhatItFound() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER.replace("handling_code", "Handling_Code")
                + "CR-1,,Smith,John,,,1970,,M,,,,,,,,,SECRET,\n");

    assertThat(o.problem)
        .isEqualTo("line 1: the header lacks column 'handling_code' (found 'Handling_Code')");
    assertThat(o.records).isEmpty();
  }

  @Test
  void refusesAFileWithoutTheSubjectCategoryColumn() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER.replace(",subject_category", "")
                + "CR-1,,Smith,John,,,1970,,M,,,,,,,,SECRET,\n");

    assertThat(o.problem).isEqualTo("line 1: the header lacks column 'subject_category'");
  }

  @Test
  void refusesAFileThatRepeatsAContractColumn() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER.replace("\n", ",family_name\n")
                + "CR-1,,Smith,John,,,1970,,M,,,,,,,,,,,Jones\n");

    assertThat(o.problem)
        .isEqualTo("line 1: column 'family_name' appears 2 times in the header (columns 3, 20)");
    assertThat(o.records).isEmpty();
  }

  @Test
  void warnsOfAMissingOptionalColumnAndReadsTheRest() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER.replace("agency,", "") + "CR-1,Smith,John,,,1970,,M,,,,,,,,,,\n");

    assertThat(o.problem).isNull();
    assertThat(o.warnings)
        .containsExactly("optional column 'agency' is not in the header; read as empty");
    assertThat(o.record("CR-1").names()).isNotEmpty();
  }

  @Test
  void readsACsvWhoseLinesEndWithACarriageReturnOnly() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            (HEADER + "CR-1,,Smith,John,,,1970,,M,,,,,,,,,,\nCR-2,,Jones,Ann,,,1971,,F,,,,,,,,,,\n")
                .replace("\n", "\r"));

    assertThat(o.problem).isNull();
    assertThat(o.records).extracting(r -> r.key().recordId()).containsExactly("CR-1", "CR-2");
    assertThat(o.lines).isEqualTo(3);
  }

  @Test
  void keepsALoneCarriageReturnInsideACellOfAnLfFile() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER + "CR-1,,Smith,John,,,1970,,M,,,Flat 2\r10 Main Road,,,,,,,\n");

    assertThat(o.record("CR-1").addresses())
        .singleElement()
        .satisfies(a -> assertThat(a.asWritten()).isEqualTo("Flat 2\r10 Main Road"));
  }

  @Test
  void refusesAFileWithoutLineBreaksLongerThanARow() {
    var o =
        ConnectorTestSupport.read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER.replace("\n", ",") + "x".repeat(200),
            null,
            null,
            100);

    assertThat(o.problem)
        .isEqualTo(
            "line 1: the header row cannot be read: it is longer than 100 bytes (a file without line breaks, or not a CSV file?)");
    assertThat(o.rows).isZero();
  }

  @Test
  void warnsOfAFileWithAHeaderButNoRows() {
    var o = read(SourceKind.CRIMINAL_RECORDS, HEADER + "\n\n");

    assertThat(o.problem).isNull();
    assertThat(o.rows).isZero();
    assertThat(o.warnings).containsExactly("the file has a header but no rows");
  }

  @Test
  void warnsOfAnEmptyFile() {
    var o = read(SourceKind.CRIMINAL_RECORDS, "");

    assertThat(o.warnings).containsExactly("the file is empty");
    assertThat(o.rows).isZero();
  }

  @Test
  void readsAQuotedCellThatSpansLines() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,,Smith,John,,,1970,,M,,,\"Flat 2\n10 Main Road\",,,,,,,\n"
                + "CR-2,,Jones,Ann,,,1971,,F,,,,,,,,,,\n");

    assertThat(o.record("CR-1").addresses())
        .singleElement()
        .satisfies(a -> assertThat(a.asWritten()).isEqualTo("Flat 2\n10 Main Road"));
    assertThat(o.records).hasSize(2);
    assertThat(o.record("CR-2").key()).isNotNull();
  }

  @Test
  void quarantinesInvalidUtf8AsAnEncodingProblem() {
    byte[] head =
        (HEADER + "CR-1,,Smith,John,,,1970,,M,,,,,,,,,,\nCR-2,,")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = ",Ann,,,1971,,F,,,,,,,,,,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3;
    all[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, all, head.length + 2, tail.length);

    var o = ConnectorTestSupport.read(SourceKind.CRIMINAL_RECORDS, all, null, null, 1 << 20);

    assertThat(o.quarantined)
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(QuarantineReason.INVALID_ENCODING));
    assertThat(o.records).hasSize(1);
  }

  @Test
  void readsANationalPhoneNumberInTheCountryOfThePersonsNationalityWhenTheSourceHasNoRegion() {
    var o =
        read(
            SourceKind.CRIMINAL_RECORDS,
            HEADER
                + "CR-1,,Ivanov,Ivan,,,,,M,RU,,,8 916 123-45-67,,,,,,\n"
                + "CR-2,,Smith,Ann,,,,,F,,,,020 7946 0018,,,,,,\n");

    assertThat(o.record("CR-1").phones())
        .singleElement()
        .satisfies(p -> assertThat(p.e164()).isEqualTo("+79161234567"));
    assertThat(o.record("CR-2").phones())
        .singleElement()
        .satisfies(p -> assertThat(p.e164()).isNull());
    assertThat(o.issues).singleElement().satisfies(i -> assertThat(i.recordId()).isEqualTo("CR-2"));
  }
}
