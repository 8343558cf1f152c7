package org.openresolve.connectors.mapping;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.openresolve.core.config.TypedYaml;
import org.openresolve.core.normalise.PartialDates;
import org.openresolve.core.normalise.PhoneNormaliser;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.SubjectCategory;

/**
 * How the columns of a CSV file (or the top-level keys of a JSON Lines file) map onto the common
 * schema. Read from a YAML mapping file; every key is optional except {@code format} and {@code
 * record_id}. Columns named here but absent from a file's header, or repeated in it, are an error
 * of the file, not silently empty; {@code optional_columns} lists those that may be absent.
 *
 * <p>Columns marked "list" hold several values separated by {@code list_separator} (in JSON, an
 * array or one string).
 */
public record SourceMapping(
    Format format,
    String delimiter,
    Boolean trim,
    String listSeparator,
    String phoneRegion,
    String recordId,
    String givenNames,
    String familyName,
    String fullName,
    String aliases,
    String nameOriginal,
    String dateOfBirth,
    String dateOfBirthPattern,
    String sex,
    String nationality,
    String placeOfBirth,
    String identifiers,
    List<IdentifierColumn> identifierColumns,
    String addresses,
    AddressParts addressParts,
    String phones,
    String emails,
    List<AccountColumn> accounts,
    List<WalletColumn> wallets,
    String urls,
    String originator,
    String collectedAt,
    String updatedAt,
    String subjectCategory,
    SubjectCategory defaultSubjectCategory,
    String handlingCode,
    List<String> optionalColumns)
    implements Serializable {

  public SourceMapping {
    if (format == null) {
      throw new IllegalArgumentException("format is required: csv or jsonl");
    }
    if (recordId == null || recordId.isBlank()) {
      throw new IllegalArgumentException(
          "record_id is required: the column that holds the record id");
    }
    if (delimiter == null) {
      delimiter = ",";
    }
    if (delimiter.length() != 1) {
      throw new IllegalArgumentException(
          "delimiter must be one character, not '" + delimiter + "'");
    }
    if (trim == null) {
      trim = Boolean.TRUE;
    }
    if (listSeparator == null || listSeparator.isEmpty()) {
      listSeparator = "|";
    }
    if (phoneRegion != null) {
      try {
        phoneRegion = PhoneNormaliser.region(phoneRegion);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("phone_region: " + e.getMessage(), e);
      }
    }
    if (dateOfBirthPattern != null) {
      try {
        PartialDates.parsePattern("", dateOfBirthPattern);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("date_of_birth_pattern: " + e.getMessage(), e);
      }
    }
    identifierColumns = identifierColumns == null ? List.of() : List.copyOf(identifierColumns);
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
    wallets = wallets == null ? List.of() : List.copyOf(wallets);
    if (defaultSubjectCategory == null) {
      defaultSubjectCategory = SubjectCategory.UNDETERMINED;
    }
    optionalColumns = optionalColumns == null ? List.of() : List.copyOf(optionalColumns);
    if (optionalColumns.contains(recordId)) {
      throw new IllegalArgumentException(
          "optional_columns: the record id column '" + recordId + "' cannot be optional");
    }
  }

  public static SourceMapping read(Path file) {
    return TypedYaml.read(file, SourceMapping.class);
  }

  public static SourceMapping read(String name, InputStream in) {
    return TypedYaml.read(name, in, SourceMapping.class);
  }

  /**
   * Every column this mapping reads, for checking a file's header: each must be in it exactly once,
   * except that those in {@code optional_columns} may be missing (with a warning).
   */
  public List<String> columns() {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.function.Consumer<String> add =
        c -> {
          if (c != null && !out.contains(c)) {
            out.add(c);
          }
        };
    for (String c : List.of(recordId)) {
      add.accept(c);
    }
    java.util.stream.Stream.of(
            givenNames,
            familyName,
            fullName,
            aliases,
            nameOriginal,
            dateOfBirth,
            sex,
            nationality,
            placeOfBirth,
            identifiers,
            addresses,
            phones,
            emails,
            urls,
            originator,
            collectedAt,
            updatedAt,
            subjectCategory,
            handlingCode)
        .forEach(add);
    identifierColumns.forEach(i -> add.accept(i.column()));
    accounts.forEach(a -> add.accept(a.column()));
    wallets.forEach(w -> add.accept(w.column()));
    if (addressParts != null) {
      addressParts.columns().forEach(add);
      add.accept(addressParts.locality());
      add.accept(addressParts.postcode());
      add.accept(addressParts.region());
    }
    return out;
  }

  /** The file format a mapping reads. */
  public enum Format {
    CSV,
    JSONL;

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Format of(String text) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(text)) {
          return f;
        }
      }
      throw new IllegalArgumentException("format '" + text + "' is not csv or jsonl");
    }
  }

  /** A column holding one identifier of a fixed type and issuer. */
  public record IdentifierColumn(String column, IdentifierType type, String issuer)
      implements Serializable {
    public IdentifierColumn {
      requireNonNull(column, "column is required");
      requireNonNull(type, "type is required");
    }
  }

  /** A column holding handles on one platform. */
  public record AccountColumn(String column, String platform) implements Serializable {
    public AccountColumn {
      requireNonNull(column, "column is required");
      requireNonNull(platform, "platform is required");
    }
  }

  /** A column holding wallet addresses on one chain. */
  public record WalletColumn(String column, String chain) implements Serializable {
    public WalletColumn {
      requireNonNull(column, "column is required");
      requireNonNull(chain, "chain is required");
    }
  }

  /**
   * An address spread over several columns: the street columns are joined with spaces, locality,
   * postcode and region are added and also kept apart for matching.
   */
  public record AddressParts(
      List<String> columns, String locality, String postcode, String region, String country)
      implements Serializable {
    public AddressParts {
      columns = columns == null ? List.of() : List.copyOf(columns);
    }
  }
}
