package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.openresolve.spark.schema.Columns;
import org.openresolve.spark.schema.PersonRecordRows;

/**
 * The {@code statements/} table: one row per attribute value of an entity, the value as its record
 * wrote it and in the normalised form matching used, with the source and record it came from. The
 * entity profile is aggregated from these rows alone ({@link EntityTables}), so nothing in an
 * entity lacks a source.
 *
 * <p>A record states: each name (latin form), birth date (ISO at its precision), nationality,
 * identifier ({@code TYPE:ISSUER:VALUE}), address, phone (E.164, null when it did not parse),
 * e-mail (null when invalid), account ({@code platform:handle}), wallet ({@code CHAIN:address}), its
 * place of birth, its sex unless unknown ({@code U} says nothing), its subject category and its
 * handling code when it has one.
 *
 * <p>Written in Java rather than as SQL array transforms: Spark evaluates those lambdas row by row
 * without generated code, and on executors each evaluation looked up the session's settings anew.
 */
public final class StatementsTable {
  public static final String ATTRIBUTE = "attribute";
  public static final String AS_WRITTEN = "value_as_written";
  public static final String NORMALISED = "value_normalised";

  static final StructType SCHEMA =
      new StructType()
          .add(ResolveJob.ENTITY_ID, StringType)
          .add(ATTRIBUTE, StringType)
          .add(AS_WRITTEN, StringType)
          .add(NORMALISED, StringType)
          .add(Columns.SOURCE, StringType)
          .add(Columns.RECORD_ID, StringType);

  // The columns the statements are read from, in this order (see Statements).
  static final String[] READ = {
    ResolveJob.ENTITY_ID, Columns.SOURCE, Columns.RECORD_ID, Columns.NAMES, Columns.BIRTH_DATES, Columns.SEX, Columns.NATIONALITIES,
    Columns.IDENTIFIERS, Columns.ADDRESSES, Columns.PHONES, Columns.EMAILS, Columns.ACCOUNTS, Columns.WALLETS, Columns.PLACE_OF_BIRTH,
    Columns.SUBJECT_CATEGORY, Columns.HANDLING_CODE
  };

  private StatementsTable() {}

  /**
   * @param membership {@code (source, record_id, entity_id)}
   * @param records rows of the {@code records/} table
   */
  public static Dataset<Row> of(Dataset<Row> membership, Dataset<Row> records) {
    Column[] read = java.util.Arrays.stream(READ).map(c -> col(c)).toArray(Column[]::new);
    return membership
        .select(col(Columns.SOURCE), col(Columns.RECORD_ID), col(ResolveJob.ENTITY_ID))
        .join(records, new String[] {Columns.SOURCE, Columns.RECORD_ID})
        .select(read)
        .flatMap(new Statements(), Encoders.row(SCHEMA));
  }

  /** One joined record to its statements, in the order of the class comment. */
  static final class Statements implements FlatMapFunction<Row, Row> {
    // Field positions within the list elements of the records/ table, which is written with PersonRecordRows.SCHEMA.
    private static final int ACCOUNT_AS_WRITTEN = field(Columns.ACCOUNTS, Columns.AccountFields.AS_WRITTEN);
    private static final int ACCOUNT_HANDLE = field(Columns.ACCOUNTS, Columns.AccountFields.HANDLE);
    private static final int ACCOUNT_PLATFORM = field(Columns.ACCOUNTS, Columns.AccountFields.PLATFORM);
    private static final int ADDRESS_AS_WRITTEN = field(Columns.ADDRESSES, Columns.AddressFields.AS_WRITTEN);
    private static final int ADDRESS_NORMALISED = field(Columns.ADDRESSES, Columns.AddressFields.NORMALISED);
    private static final int BIRTHDATE_ISO = field(Columns.BIRTH_DATES, Columns.BirthDateFields.ISO);
    private static final int EMAIL_AS_WRITTEN = field(Columns.EMAILS, Columns.EmailFields.AS_WRITTEN);
    private static final int EMAIL_NORMALISED = field(Columns.EMAILS, Columns.EmailFields.NORMALISED);
    private static final int IDENTIFIER_AS_WRITTEN = field(Columns.IDENTIFIERS, Columns.IdentifierFields.AS_WRITTEN);
    private static final int IDENTIFIER_ISSUER = field(Columns.IDENTIFIERS, Columns.IdentifierFields.ISSUER);
    private static final int IDENTIFIER_TYPE = field(Columns.IDENTIFIERS, Columns.IdentifierFields.TYPE);
    private static final int IDENTIFIER_VALUE = field(Columns.IDENTIFIERS, Columns.IdentifierFields.VALUE);
    private static final int NAME_AS_WRITTEN = field(Columns.NAMES, Columns.NameFields.AS_WRITTEN);
    private static final int NAME_LATIN = field(Columns.NAMES, Columns.NameFields.LATIN);
    private static final int PHONE_AS_WRITTEN = field(Columns.PHONES, Columns.PhoneFields.AS_WRITTEN);
    private static final int PHONE_E164 = field(Columns.PHONES, Columns.PhoneFields.E164);
    private static final int WALLET_ADDRESS = field(Columns.WALLETS, Columns.WalletFields.ADDRESS);
    private static final int WALLET_CHAIN = field(Columns.WALLETS, Columns.WalletFields.CHAIN);

    private static int field(String list, String field) {
      return ((StructType) ((ArrayType) PersonRecordRows.SCHEMA.apply(list).dataType()).elementType()).fieldIndex(field);
    }

    @Override
    public Iterator<Row> call(Row r) {
      String entity = r.getString(0);
      String source = r.getString(1);
      String record = r.getString(2);
      List<Row> out = new ArrayList<>();
      Emitter emit = (attribute, written, normalised) -> out.add(RowFactory.create(entity, attribute, written, normalised, source, record));
      for (Row x : structs(r, 3)) {
        emit.add("name", x.getString(NAME_AS_WRITTEN), x.getString(NAME_LATIN));
      }
      for (Row x : structs(r, 4)) {
        String iso = x.getString(BIRTHDATE_ISO);
        emit.add("birth_date", iso, iso);
      }
      String sex = r.getString(5);
      if (sex != null && !sex.equals("U")) {
        emit.add("sex", sex, sex);
      }
      for (String n : strings(r, 6)) {
        emit.add("nationality", n, n);
      }
      for (Row x : structs(r, 7)) {
        emit.add(
            "identifier",
            x.getString(IDENTIFIER_AS_WRITTEN),
            joinPresent(
                x.getString(IDENTIFIER_TYPE),
                orEmpty(x.getString(IDENTIFIER_ISSUER)),
                x.getString(IDENTIFIER_VALUE)));
      }
      for (Row x : structs(r, 8)) {
        emit.add("address", x.getString(ADDRESS_AS_WRITTEN), x.getString(ADDRESS_NORMALISED));
      }
      for (Row x : structs(r, 9)) {
        emit.add("phone", x.getString(PHONE_AS_WRITTEN), x.getString(PHONE_E164));
      }
      for (Row x : structs(r, 10)) {
        emit.add("email", x.getString(EMAIL_AS_WRITTEN), x.getString(EMAIL_NORMALISED));
      }
      for (Row x : structs(r, 11)) {
        emit.add(
            "account",
            x.getString(ACCOUNT_AS_WRITTEN),
            joinAll(x.getString(ACCOUNT_PLATFORM), x.getString(ACCOUNT_HANDLE)));
      }
      for (Row x : structs(r, 12)) {
        String address = x.getString(WALLET_ADDRESS);
        emit.add("wallet", address, joinAll(x.getString(WALLET_CHAIN), address));
      }
      String placeOfBirth = r.getString(13);
      if (placeOfBirth != null) {
        emit.add("place_of_birth", placeOfBirth, trimSpaces(placeOfBirth));
      }
      String category = r.getString(14);
      emit.add("subject_category", category, category);
      String code = r.getString(15);
      if (code != null && !trimSpaces(code).isEmpty()) {
        emit.add("handling_code", code, trimSpaces(code).toUpperCase(Locale.ROOT));
      }
      return out.iterator();
    }

    private interface Emitter {
      void add(String attribute, String asWritten, String normalised);
    }

    private static List<Row> structs(Row r, int i) {
      return r.isNullAt(i) ? List.of() : r.getList(i);
    }

    private static List<String> strings(Row r, int i) {
      return r.isNullAt(i) ? List.of() : r.getList(i);
    }

    private static String orEmpty(String s) {
      return s == null ? "" : s;
    }

    /** The parts that are present, joined by ':' (SQL {@code concat_ws}). */
    private static String joinPresent(String... parts) {
      StringBuilder s = new StringBuilder();
      boolean first = true;
      for (String p : parts) {
        if (p != null) {
          s.append(first ? "" : ":").append(p);
          first = false;
        }
      }
      return s.toString();
    }

    /** The parts joined by ':', null when any is missing (SQL {@code concat}). */
    private static String joinAll(String a, String b) {
      return a == null || b == null ? null : a + ":" + b;
    }

    /** Leading and trailing ASCII spaces removed, as SQL {@code trim} does; tabs and other blanks stay. */
    static String trimSpaces(String s) {
      int start = 0;
      int end = s.length();
      while (start < end && s.charAt(start) == ' ') {
        start++;
      }
      while (end > start && s.charAt(end - 1) == ' ') {
        end--;
      }
      return s.substring(start, end);
    }
  }
}
