package org.openresolve.spark.schema;

/**
 * Every column name the engine writes, in one place, so that a job, a test and {@code
 * docs/schema.md} cannot drift apart on a spelling. Names are snake_case because analysts query the
 * Parquet output with SQL tools that fold or quote camelCase differently.
 *
 * <p>The top-level constants name the columns of the {@code records/}, {@code quarantine/} and
 * {@code field_issues/} tables; the nested classes name the fields of the structs inside the list
 * columns.
 */
public final class Columns {
  public static final String SOURCE = "source";
  public static final String SOURCE_KIND = "source_kind";
  public static final String RECORD_ID = "record_id";
  public static final String ROW_SHA256 = "row_sha256";
  public static final String NAMES = "names";
  public static final String BIRTH_DATES = "birth_dates";
  public static final String SEX = "sex";
  public static final String NATIONALITIES = "nationalities";
  public static final String PLACE_OF_BIRTH = "place_of_birth";
  public static final String IDENTIFIERS = "identifiers";
  public static final String ADDRESSES = "addresses";
  public static final String PHONES = "phones";
  public static final String EMAILS = "emails";
  public static final String ACCOUNTS = "accounts";
  public static final String WALLETS = "wallets";
  public static final String URLS = "urls";
  public static final String ORIGINATOR = "originator";
  public static final String COLLECTED_AT = "collected_at";
  public static final String UPDATED_AT = "updated_at";
  public static final String SUBJECT_CATEGORY = "subject_category";
  public static final String GRADING_SYSTEM = "grading_system";
  public static final String SOURCE_RELIABILITY = "source_reliability";
  public static final String INFORMATION_CREDIBILITY = "information_credibility";
  public static final String HANDLING_CODE = "handling_code";
  public static final String WEB_NETWORK = "web_network";

  public static final String FILE = "file";
  public static final String LINE = "line";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String RAW = "raw";
  public static final String FIELD = "field";
  public static final String VALUE = "value";

  private Columns() {}

  /** Fields of an element of {@link #NAMES}. */
  public static final class NameFields {
    public static final String TYPE = "type";
    public static final String AS_WRITTEN = "as_written";
    public static final String SCRIPT = "script";
    public static final String LATIN = "latin";
    public static final String GIVEN = "given";
    public static final String FAMILY = "family";
    public static final String TITLE = "title";
    public static final String SUFFIX = "suffix";

    private NameFields() {}
  }

  /** Fields of an element of {@link #BIRTH_DATES}. */
  public static final class BirthDateFields {
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String DAY = "day";
    public static final String ISO = "iso";

    private BirthDateFields() {}
  }

  /** Fields of an element of {@link #IDENTIFIERS}. */
  public static final class IdentifierFields {
    public static final String TYPE = "type";
    public static final String ISSUER = "issuer";
    public static final String VALUE = "value";
    public static final String AS_WRITTEN = "as_written";

    private IdentifierFields() {}
  }

  /** Fields of an element of {@link #ADDRESSES}. */
  public static final class AddressFields {
    public static final String AS_WRITTEN = "as_written";
    public static final String NORMALISED = "normalised";
    public static final String LOCALITY = "locality";
    public static final String POSTCODE = "postcode";
    public static final String COUNTRY = "country";

    private AddressFields() {}
  }

  /** Fields of an element of {@link #PHONES}. */
  public static final class PhoneFields {
    public static final String E164 = "e164";
    public static final String AS_WRITTEN = "as_written";

    private PhoneFields() {}
  }

  /** Fields of an element of {@link #EMAILS}. */
  public static final class EmailFields {
    public static final String NORMALISED = "normalised";
    public static final String AS_WRITTEN = "as_written";

    private EmailFields() {}
  }

  /** Fields of an element of {@link #ACCOUNTS}. */
  public static final class AccountFields {
    public static final String PLATFORM = "platform";
    public static final String HANDLE = "handle";
    public static final String AS_WRITTEN = "as_written";

    private AccountFields() {}
  }

  /** Fields of an element of {@link #WALLETS}. */
  public static final class WalletFields {
    public static final String CHAIN = "chain";
    public static final String ADDRESS = "address";

    private WalletFields() {}
  }
}
