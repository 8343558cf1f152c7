package org.openresolve.spark.schema;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.openresolve.spark.schema.RowReader.byName;
import static org.openresolve.spark.schema.StructFields.list;
import static org.openresolve.spark.schema.StructFields.optional;
import static org.openresolve.spark.schema.StructFields.required;
import static org.openresolve.spark.schema.StructFields.struct;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.openresolve.model.Grading;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.Sex;
import org.openresolve.model.SourceKind;
import org.openresolve.model.SourceMetadata;
import org.openresolve.model.SubjectCategory;
import org.openresolve.model.WebNetwork;

/**
 * The {@code records/} table: one row per {@link PersonRecord}, with the key and the source
 * metadata flattened into top-level columns so that analysts can filter on them without reaching
 * into structs. Enums are written by their contract code (source kind id, sex code) or name, never
 * by ordinal, so that reordering an enum cannot change what old files mean.
 *
 * <p>{@link #toRow} and {@link #fromRow} are exact inverses. A record that passed through Spark
 * keeps its timestamps to the microsecond only, Spark's timestamp precision.
 */
public final class PersonRecordRows {
  public static final StructType SCHEMA =
      struct(
          required(Columns.SOURCE, StringType),
          required(Columns.SOURCE_KIND, StringType),
          required(Columns.RECORD_ID, StringType),
          required(Columns.ROW_SHA256, StringType),
          list(Columns.NAMES, PersonPartRows.NAME),
          list(Columns.BIRTH_DATES, PersonPartRows.BIRTH_DATE),
          required(Columns.SEX, StringType),
          list(Columns.NATIONALITIES, StringType),
          optional(Columns.PLACE_OF_BIRTH, StringType),
          list(Columns.IDENTIFIERS, PersonPartRows.IDENTIFIER),
          list(Columns.ADDRESSES, PersonPartRows.ADDRESS),
          list(Columns.PHONES, PersonPartRows.PHONE),
          list(Columns.EMAILS, PersonPartRows.EMAIL),
          list(Columns.ACCOUNTS, PersonPartRows.ACCOUNT),
          list(Columns.WALLETS, PersonPartRows.WALLET),
          list(Columns.URLS, StringType),
          optional(Columns.ORIGINATOR, StringType),
          optional(Columns.COLLECTED_AT, TimestampType),
          optional(Columns.UPDATED_AT, TimestampType),
          required(Columns.SUBJECT_CATEGORY, StringType),
          optional(Columns.GRADING_SYSTEM, StringType),
          optional(Columns.SOURCE_RELIABILITY, StringType),
          optional(Columns.INFORMATION_CREDIBILITY, StringType),
          optional(Columns.HANDLING_CODE, StringType),
          optional(Columns.WEB_NETWORK, StringType));

  private PersonRecordRows() {}

  /** The record as a row of {@link #SCHEMA}, in Spark's default external types. */
  public static Row toRow(PersonRecord r) {
    requireNonNull(r, "record is null");
    RecordKey key = r.key();
    SourceMetadata m = r.metadata();
    Grading grading = m.grading();
    return new RowWriter(SCHEMA)
        .set(Columns.SOURCE, key.source())
        .set(Columns.SOURCE_KIND, key.kind().id())
        .set(Columns.RECORD_ID, key.recordId())
        .set(Columns.ROW_SHA256, key.rowSha256())
        .list(Columns.NAMES, r.names(), PersonPartRows::name)
        .list(Columns.BIRTH_DATES, r.birthDates(), PersonPartRows::birthDate)
        .set(Columns.SEX, r.sex().code())
        .list(Columns.NATIONALITIES, r.nationalities(), n -> n)
        .set(Columns.PLACE_OF_BIRTH, r.placeOfBirth())
        .list(Columns.IDENTIFIERS, r.identifiers(), PersonPartRows::identifier)
        .list(Columns.ADDRESSES, r.addresses(), PersonPartRows::address)
        .list(Columns.PHONES, r.phones(), PersonPartRows::phone)
        .list(Columns.EMAILS, r.emails(), PersonPartRows::email)
        .list(Columns.ACCOUNTS, r.accounts(), PersonPartRows::account)
        .list(Columns.WALLETS, r.wallets(), PersonPartRows::wallet)
        .list(Columns.URLS, r.urls(), u -> u)
        .set(Columns.ORIGINATOR, m.originator())
        .timestamp(Columns.COLLECTED_AT, m.collectedAt())
        .timestamp(Columns.UPDATED_AT, m.updatedAt())
        .name(Columns.SUBJECT_CATEGORY, m.subjectCategory())
        .set(Columns.GRADING_SYSTEM, grading == null ? null : grading.system())
        .set(Columns.SOURCE_RELIABILITY, grading == null ? null : grading.sourceReliability())
        .set(
            Columns.INFORMATION_CREDIBILITY,
            grading == null ? null : grading.informationCredibility())
        .set(Columns.HANDLING_CODE, m.handlingCode())
        .name(Columns.WEB_NETWORK, m.webNetwork())
        .build();
  }

  /**
   * The record a row of {@link #SCHEMA} holds, from {@link #toRow} or read back by Spark.
   *
   * @throws IllegalArgumentException when the row does not fit the schema; the message names the
   *     column and quotes the value
   */
  public static PersonRecord fromRow(Row row) {
    requireNonNull(row, "row is null");
    RowReader r = new RowReader(row, SCHEMA, "");
    RecordKey key =
        new RecordKey(
            r.requiredString(Columns.SOURCE),
            r.requiredCode(Columns.SOURCE_KIND, SourceKind::fromId),
            r.requiredString(Columns.RECORD_ID),
            r.requiredString(Columns.ROW_SHA256));
    return new PersonRecord(
        key,
        r.structs(Columns.NAMES, PersonPartRows.NAME, PersonPartRows::name),
        r.structs(Columns.BIRTH_DATES, PersonPartRows.BIRTH_DATE, PersonPartRows::birthDate),
        r.requiredCode(Columns.SEX, Sex::fromCode),
        r.strings(Columns.NATIONALITIES),
        r.string(Columns.PLACE_OF_BIRTH),
        r.structs(Columns.IDENTIFIERS, PersonPartRows.IDENTIFIER, PersonPartRows::identifier),
        r.structs(Columns.ADDRESSES, PersonPartRows.ADDRESS, PersonPartRows::address),
        r.structs(Columns.PHONES, PersonPartRows.PHONE, PersonPartRows::phone),
        r.structs(Columns.EMAILS, PersonPartRows.EMAIL, PersonPartRows::email),
        r.structs(Columns.ACCOUNTS, PersonPartRows.ACCOUNT, PersonPartRows::account),
        r.structs(Columns.WALLETS, PersonPartRows.WALLET, PersonPartRows::wallet),
        r.strings(Columns.URLS),
        metadata(r));
  }

  private static SourceMetadata metadata(RowReader r) {
    return new SourceMetadata(
        r.string(Columns.ORIGINATOR),
        r.instant(Columns.COLLECTED_AT),
        r.instant(Columns.UPDATED_AT),
        r.requiredCode(Columns.SUBJECT_CATEGORY, byName(SubjectCategory.class)),
        grading(r),
        r.string(Columns.HANDLING_CODE),
        r.code(Columns.WEB_NETWORK, byName(WebNetwork.class)));
  }

  /** No grading system means the record is ungraded, so a lone grade is refused, not dropped. */
  private static Grading grading(RowReader r) {
    String system = r.string(Columns.GRADING_SYSTEM);
    String reliability = r.string(Columns.SOURCE_RELIABILITY);
    String credibility = r.string(Columns.INFORMATION_CREDIBILITY);
    if (system != null) {
      return new Grading(system, reliability, credibility);
    }
    if (reliability != null || credibility != null) {
      throw new IllegalArgumentException(
          Columns.GRADING_SYSTEM
              + " is null but "
              + Columns.SOURCE_RELIABILITY
              + " is '"
              + reliability
              + "' and "
              + Columns.INFORMATION_CREDIBILITY
              + " is '"
              + credibility
              + "'");
    }
    return null;
  }
}
