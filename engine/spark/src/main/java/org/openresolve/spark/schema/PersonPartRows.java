package org.openresolve.spark.schema;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.openresolve.spark.schema.RowReader.byName;
import static org.openresolve.spark.schema.StructFields.optional;
import static org.openresolve.spark.schema.StructFields.required;
import static org.openresolve.spark.schema.StructFields.struct;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.openresolve.model.Address;
import org.openresolve.model.CryptoWallet;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.Phone;
import org.openresolve.spark.schema.Columns.AccountFields;
import org.openresolve.spark.schema.Columns.AddressFields;
import org.openresolve.spark.schema.Columns.BirthDateFields;
import org.openresolve.spark.schema.Columns.EmailFields;
import org.openresolve.spark.schema.Columns.IdentifierFields;
import org.openresolve.spark.schema.Columns.NameFields;
import org.openresolve.spark.schema.Columns.PhoneFields;
import org.openresolve.spark.schema.Columns.WalletFields;

/**
 * The struct types of the elements of {@link PersonRecordRows}' list columns and their conversions.
 * Struct fields are non-nullable exactly where the model's compact constructors refuse null.
 */
final class PersonPartRows {
  static final StructType NAME =
      struct(
          required(NameFields.TYPE, StringType),
          required(NameFields.AS_WRITTEN, StringType),
          required(NameFields.SCRIPT, StringType),
          required(NameFields.LATIN, StringType),
          optional(NameFields.GIVEN, StringType),
          optional(NameFields.FAMILY, StringType),
          optional(NameFields.TITLE, StringType),
          optional(NameFields.SUFFIX, StringType));

  static final StructType BIRTH_DATE =
      struct(
          required(BirthDateFields.YEAR, IntegerType),
          optional(BirthDateFields.MONTH, IntegerType),
          optional(BirthDateFields.DAY, IntegerType),
          required(BirthDateFields.ISO, StringType));

  static final StructType IDENTIFIER =
      struct(
          required(IdentifierFields.TYPE, StringType),
          optional(IdentifierFields.ISSUER, StringType),
          required(IdentifierFields.VALUE, StringType),
          required(IdentifierFields.AS_WRITTEN, StringType));

  static final StructType ADDRESS =
      struct(
          required(AddressFields.AS_WRITTEN, StringType),
          required(AddressFields.NORMALISED, StringType),
          optional(AddressFields.LOCALITY, StringType),
          optional(AddressFields.POSTCODE, StringType),
          optional(AddressFields.COUNTRY, StringType));

  static final StructType PHONE =
      struct(optional(PhoneFields.E164, StringType), required(PhoneFields.AS_WRITTEN, StringType));

  static final StructType EMAIL =
      struct(
          optional(EmailFields.NORMALISED, StringType),
          required(EmailFields.AS_WRITTEN, StringType));

  static final StructType ACCOUNT =
      struct(
          required(AccountFields.PLATFORM, StringType),
          required(AccountFields.HANDLE, StringType),
          required(AccountFields.AS_WRITTEN, StringType));

  static final StructType WALLET =
      struct(required(WalletFields.CHAIN, StringType), required(WalletFields.ADDRESS, StringType));

  private PersonPartRows() {}

  static Row name(PersonName n) {
    return new RowWriter(NAME)
        .name(NameFields.TYPE, n.type())
        .set(NameFields.AS_WRITTEN, n.asWritten())
        .set(NameFields.SCRIPT, n.script())
        .set(NameFields.LATIN, n.latin())
        .set(NameFields.GIVEN, n.given())
        .set(NameFields.FAMILY, n.family())
        .set(NameFields.TITLE, n.title())
        .set(NameFields.SUFFIX, n.suffix())
        .build();
  }

  static PersonName name(RowReader r) {
    return new PersonName(
        r.requiredCode(NameFields.TYPE, byName(NameType.class)),
        r.requiredString(NameFields.AS_WRITTEN),
        r.requiredString(NameFields.SCRIPT),
        r.requiredString(NameFields.LATIN),
        r.string(NameFields.GIVEN),
        r.string(NameFields.FAMILY),
        r.string(NameFields.TITLE),
        r.string(NameFields.SUFFIX));
  }

  static Row birthDate(PartialDate d) {
    return new RowWriter(BIRTH_DATE)
        .set(BirthDateFields.YEAR, d.year())
        .set(BirthDateFields.MONTH, d.month())
        .set(BirthDateFields.DAY, d.day())
        .set(BirthDateFields.ISO, d.iso())
        .build();
  }

  /** {@code iso} is derived from the parts, written for people reading the files, not read back. */
  static PartialDate birthDate(RowReader r) {
    return new PartialDate(
        r.requiredInt(BirthDateFields.YEAR),
        r.integer(BirthDateFields.MONTH),
        r.integer(BirthDateFields.DAY));
  }

  static Row identifier(Identifier i) {
    return new RowWriter(IDENTIFIER)
        .name(IdentifierFields.TYPE, i.type())
        .set(IdentifierFields.ISSUER, i.issuer())
        .set(IdentifierFields.VALUE, i.value())
        .set(IdentifierFields.AS_WRITTEN, i.asWritten())
        .build();
  }

  static Identifier identifier(RowReader r) {
    return new Identifier(
        r.requiredCode(IdentifierFields.TYPE, byName(IdentifierType.class)),
        r.string(IdentifierFields.ISSUER),
        r.requiredString(IdentifierFields.VALUE),
        r.requiredString(IdentifierFields.AS_WRITTEN));
  }

  static Row address(Address a) {
    return new RowWriter(ADDRESS)
        .set(AddressFields.AS_WRITTEN, a.asWritten())
        .set(AddressFields.NORMALISED, a.normalised())
        .set(AddressFields.LOCALITY, a.locality())
        .set(AddressFields.POSTCODE, a.postcode())
        .set(AddressFields.COUNTRY, a.country())
        .build();
  }

  static Address address(RowReader r) {
    return new Address(
        r.requiredString(AddressFields.AS_WRITTEN),
        r.requiredString(AddressFields.NORMALISED),
        r.string(AddressFields.LOCALITY),
        r.string(AddressFields.POSTCODE),
        r.string(AddressFields.COUNTRY));
  }

  static Row phone(Phone p) {
    return new RowWriter(PHONE)
        .set(PhoneFields.E164, p.e164())
        .set(PhoneFields.AS_WRITTEN, p.asWritten())
        .build();
  }

  static Phone phone(RowReader r) {
    return new Phone(r.string(PhoneFields.E164), r.requiredString(PhoneFields.AS_WRITTEN));
  }

  static Row email(Email e) {
    return new RowWriter(EMAIL)
        .set(EmailFields.NORMALISED, e.normalised())
        .set(EmailFields.AS_WRITTEN, e.asWritten())
        .build();
  }

  static Email email(RowReader r) {
    return new Email(r.string(EmailFields.NORMALISED), r.requiredString(EmailFields.AS_WRITTEN));
  }

  static Row account(OnlineAccount a) {
    return new RowWriter(ACCOUNT)
        .set(AccountFields.PLATFORM, a.platform())
        .set(AccountFields.HANDLE, a.handle())
        .set(AccountFields.AS_WRITTEN, a.asWritten())
        .build();
  }

  static OnlineAccount account(RowReader r) {
    return new OnlineAccount(
        r.requiredString(AccountFields.PLATFORM),
        r.requiredString(AccountFields.HANDLE),
        r.requiredString(AccountFields.AS_WRITTEN));
  }

  static Row wallet(CryptoWallet w) {
    return new RowWriter(WALLET)
        .set(WalletFields.CHAIN, w.chain())
        .set(WalletFields.ADDRESS, w.address())
        .build();
  }

  static CryptoWallet wallet(RowReader r) {
    return new CryptoWallet(
        r.requiredString(WalletFields.CHAIN), r.requiredString(WalletFields.ADDRESS));
  }
}
