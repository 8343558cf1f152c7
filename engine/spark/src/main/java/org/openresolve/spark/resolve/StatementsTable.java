package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.openresolve.spark.schema.Columns;

/**
 * The {@code statements/} table: one row per attribute value of an entity, the value as its record
 * wrote it and in the normalised form matching used, with the source and record it came from. The
 * entity profile is aggregated from these rows alone ({@link EntityTables}), so nothing in an
 * entity lacks a source.
 *
 * <p>A record states: each name (latin form), birth date (ISO at its precision), nationality,
 * identifier ({@code TYPE:ISSUER:VALUE}), address, phone (E.164, null when it did not parse),
 * e-mail (null when invalid), account ({@code platform:handle}), wallet ({@code CHAIN:address}),
 * its place of birth, its sex unless unknown ({@code U} says nothing), its subject category and its
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

  // What the statements are read from, in this order (see Statements): top-level columns, and the
  // fields of list elements as lists of their own, so Parquet reads only those leaf columns and no
  // nested row is built.
  static final String[] READ = {
    ResolveJob.ENTITY_ID,
    Columns.SOURCE,
    Columns.RECORD_ID,
    path(Columns.NAMES, Columns.NameFields.AS_WRITTEN),
    path(Columns.NAMES, Columns.NameFields.LATIN),
    path(Columns.BIRTH_DATES, Columns.BirthDateFields.ISO),
    Columns.SEX,
    Columns.NATIONALITIES,
    path(Columns.IDENTIFIERS, Columns.IdentifierFields.AS_WRITTEN),
    path(Columns.IDENTIFIERS, Columns.IdentifierFields.TYPE),
    path(Columns.IDENTIFIERS, Columns.IdentifierFields.ISSUER),
    path(Columns.IDENTIFIERS, Columns.IdentifierFields.VALUE),
    path(Columns.ADDRESSES, Columns.AddressFields.AS_WRITTEN),
    path(Columns.ADDRESSES, Columns.AddressFields.NORMALISED),
    path(Columns.PHONES, Columns.PhoneFields.AS_WRITTEN),
    path(Columns.PHONES, Columns.PhoneFields.E164),
    path(Columns.EMAILS, Columns.EmailFields.AS_WRITTEN),
    path(Columns.EMAILS, Columns.EmailFields.NORMALISED),
    path(Columns.ACCOUNTS, Columns.AccountFields.AS_WRITTEN),
    path(Columns.ACCOUNTS, Columns.AccountFields.PLATFORM),
    path(Columns.ACCOUNTS, Columns.AccountFields.HANDLE),
    path(Columns.WALLETS, Columns.WalletFields.ADDRESS),
    path(Columns.WALLETS, Columns.WalletFields.CHAIN),
    Columns.PLACE_OF_BIRTH,
    Columns.SUBJECT_CATEGORY,
    Columns.HANDLING_CODE
  };

  private StatementsTable() {}

  /**
   * @param membership {@code (source, record_id, entity_id)}
   * @param records rows of the {@code records/} table
   */
  public static Dataset<Row> of(Dataset<Row> membership, Dataset<Row> records) {
    Column[] read =
        Arrays.stream(READ).map(c -> col(c).as(c.replace('.', '_'))).toArray(Column[]::new);
    return membership
        .select(col(Columns.SOURCE), col(Columns.RECORD_ID), col(ResolveJob.ENTITY_ID))
        .join(records, new String[] {Columns.SOURCE, Columns.RECORD_ID})
        .select(read)
        .flatMap(new Statements(), Encoders.row(SCHEMA));
  }

  private static String path(String list, String field) {
    return list + "." + field;
  }

  /** One joined record ({@link #READ}) to its statements, in the order of the class comment. */
  static final class Statements implements FlatMapFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Row r) {
      String entity = r.getString(0);
      String source = r.getString(1);
      String record = r.getString(2);
      List<Row> out = new ArrayList<>();
      Emitter emit =
          (attribute, written, normalised) ->
              out.add(RowFactory.create(entity, attribute, written, normalised, source, record));
      List<String> nameWritten = strings(r, 3);
      List<String> nameLatin = strings(r, 4);
      for (int i = 0; i < nameWritten.size(); i++) {
        emit.add("name", nameWritten.get(i), nameLatin.get(i));
      }
      for (String iso : strings(r, 5)) {
        emit.add("birth_date", iso, iso);
      }
      String sex = r.getString(6);
      if (sex != null && !sex.equals("U")) {
        emit.add("sex", sex, sex);
      }
      for (String n : strings(r, 7)) {
        emit.add("nationality", n, n);
      }
      List<String> idWritten = strings(r, 8);
      List<String> idType = strings(r, 9);
      List<String> idIssuer = strings(r, 10);
      List<String> idValue = strings(r, 11);
      for (int i = 0; i < idWritten.size(); i++) {
        emit.add(
            "identifier",
            idWritten.get(i),
            joinPresent(idType.get(i), orEmpty(idIssuer.get(i)), idValue.get(i)));
      }
      pairs(r, 12, 13, (written, normalised) -> emit.add("address", written, normalised));
      pairs(r, 14, 15, (written, normalised) -> emit.add("phone", written, normalised));
      pairs(r, 16, 17, (written, normalised) -> emit.add("email", written, normalised));
      List<String> accountWritten = strings(r, 18);
      List<String> platform = strings(r, 19);
      List<String> handle = strings(r, 20);
      for (int i = 0; i < accountWritten.size(); i++) {
        emit.add("account", accountWritten.get(i), joinAll(platform.get(i), handle.get(i)));
      }
      pairs(r, 21, 22, (address, chain) -> emit.add("wallet", address, joinAll(chain, address)));
      String placeOfBirth = r.getString(23);
      if (placeOfBirth != null) {
        emit.add("place_of_birth", placeOfBirth, trimSpaces(placeOfBirth));
      }
      String category = r.getString(24);
      emit.add("subject_category", category, category);
      String code = r.getString(25);
      if (code != null && !trimSpaces(code).isEmpty()) {
        emit.add("handling_code", code, trimSpaces(code).toUpperCase(Locale.ROOT));
      }
      return out.iterator();
    }

    /** The elements of two lists read from the fields of one list's elements, side by side. */
    private static void pairs(Row r, int first, int second, BiConsumer<String, String> each) {
      List<String> a = strings(r, first);
      List<String> b = strings(r, second);
      for (int i = 0; i < a.size(); i++) {
        each.accept(a.get(i), b.get(i));
      }
    }

    private interface Emitter {
      void add(String attribute, String asWritten, String normalised);
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

    /**
     * Leading and trailing ASCII spaces removed, as SQL {@code trim} does; tabs and other blanks
     * stay.
     */
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
