package org.openresolve.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.openresolve.spark.schema.Columns;

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
 */
public final class StatementsTable {
  public static final String ATTRIBUTE = "attribute";
  public static final String AS_WRITTEN = "value_as_written";
  public static final String NORMALISED = "value_normalised";

  /** The values of every attribute of one record, as an array of (attribute, as written, normalised). */
  private static final String STATEMENTS =
      "concat("
          + list("names", "x.as_written", "x.latin", "name")
          + ", " + list("birth_dates", "x.iso", "x.iso", "birth_date")
          + ", " + one("sex", "sex <> 'U'", "sex", "sex")
          + ", " + list("nationalities", "x", "x", "nationality")
          + ", " + list("identifiers", "x.as_written", "concat_ws(':', x.type, coalesce(x.issuer, ''), x.value)", "identifier")
          + ", " + list("addresses", "x.as_written", "x.normalised", "address")
          + ", " + list("phones", "x.as_written", "x.e164", "phone")
          + ", " + list("emails", "x.as_written", "x.normalised", "email")
          + ", " + list("accounts", "x.as_written", "concat(x.platform, ':', x.handle)", "account")
          + ", " + list("wallets", "x.address", "concat(x.chain, ':', x.address)", "wallet")
          + ", " + one("place_of_birth", "place_of_birth IS NOT NULL", "place_of_birth", "trim(place_of_birth)")
          + ", " + one("subject_category", "true", "subject_category", "subject_category")
          + ", " + one("handling_code", "nullif(trim(handling_code), '') IS NOT NULL", "handling_code", "upper(trim(handling_code))")
          + ")";

  private StatementsTable() {}

  /**
   * @param membership {@code (source, record_id, entity_id)}
   * @param records rows of the {@code records/} table
   */
  public static Dataset<Row> of(Dataset<Row> membership, Dataset<Row> records) {
    return membership
        .select(col(Columns.SOURCE), col(Columns.RECORD_ID), col(ResolveJob.ENTITY_ID))
        .join(records, new String[] {Columns.SOURCE, Columns.RECORD_ID})
        .select(col(ResolveJob.ENTITY_ID), col(Columns.SOURCE), col(Columns.RECORD_ID), explode(expr(STATEMENTS)).as("s"))
        .select(
            col(ResolveJob.ENTITY_ID),
            col("s.a").as(ATTRIBUTE),
            col("s.w").as(AS_WRITTEN),
            col("s.n").as(NORMALISED),
            col(Columns.SOURCE),
            col(Columns.RECORD_ID));
  }

  private static String list(String column, String asWritten, String normalised, String attribute) {
    return "transform(" + column + ", x -> " + statement(attribute, asWritten, normalised) + ")";
  }

  private static String one(String column, String present, String asWritten, String normalised) {
    return "if(" + present + ", array(" + statement(column, asWritten, normalised) + "), array())";
  }

  private static String statement(String attribute, String asWritten, String normalised) {
    return "named_struct('a', '" + attribute + "', 'w', cast(" + asWritten + " as string), 'n', cast(" + normalised + " as string))";
  }
}
