package org.openresolve.connectors;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openresolve.core.normalise.AccountNormaliser;
import org.openresolve.core.normalise.CountryNormaliser;
import org.openresolve.core.normalise.EmailNormaliser;
import org.openresolve.core.normalise.IdentifierNormaliser;
import org.openresolve.core.normalise.Parsed;
import org.openresolve.core.normalise.PartialDates;
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
import org.openresolve.model.RecordKey;
import org.openresolve.model.Sex;
import org.openresolve.model.SubjectCategory;
import org.openresolve.model.WebNetwork;

/**
 * Turns the raw values of one record into schema values, whatever the source kind. A bad value
 * never costs the record: it is kept as written where the schema has room (phones, e-mails), left
 * out of matching, and reported as a {@link FieldIssue}. Blank values are simply absent.
 */
final class RecordAssembler {
  private final ConnectorSettings settings;
  private final Normalisers normalisers;
  private final long line;
  private final PersonRecord.Builder builder;
  private final List<FieldIssue> issues = new ArrayList<>();

  RecordAssembler(ConnectorSettings settings, Normalisers normalisers, RecordKey key, long line) {
    this.settings = requireNonNull(settings, "settings is null");
    this.normalisers = requireNonNull(normalisers, "normalisers is null");
    this.builder = PersonRecord.builder(key);
    this.line = line;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  void issue(String field, String value, FieldIssueReason reason, String detail) {
    issues.add(
        new FieldIssue(
            settings.sourceName(),
            builder.key().recordId(),
            settings.fileName(),
            line,
            field,
            value == null ? "" : value,
            reason,
            detail));
  }

  private <T> T accept(String field, String value, Parsed<T> parsed) {
    if (parsed instanceof Parsed.Bad<T> bad) {
      issue(field, value, bad.reason(), bad.detail());
    }
    return parsed.orNull();
  }

  void fullName(NameType type, String field, String text) {
    if (blank(text)) {
      return;
    }
    addName(field, text, normalisers.names().parseFullName(type, text.strip()));
  }

  void nameParts(String field, String given, String family) {
    if (blank(given) && blank(family)) {
      return;
    }
    PersonName name =
        normalisers
            .names()
            .fromParts(
                NameType.PRIMARY,
                blank(given) ? null : given.strip(),
                blank(family) ? null : family.strip());
    addName(field, name.asWritten(), name);
  }

  private void addName(String field, String text, PersonName name) {
    if (name.latin().isEmpty()) {
      issue(
          field,
          text,
          FieldIssueReason.UNUSABLE_NAME,
          "nothing usable is left of name '" + text + "' after normalisation");
    }
    builder.name(name);
  }

  void birthDate(String field, String text) {
    if (!blank(text)) {
      checkedBirthDate(field, text, PartialDates.parseIso(text));
    }
  }

  void birthDate(String field, String text, String pattern) {
    if (!blank(text)) {
      checkedBirthDate(field, text, PartialDates.parsePattern(text, pattern));
    }
  }

  private void checkedBirthDate(String field, String text, Parsed<PartialDate> parsed) {
    PartialDate date = accept(field, text, parsed);
    if (date == null) {
      return;
    }
    LocalDate now = LocalDate.ofInstant(settings.readAt(), ZoneOffset.UTC);
    PartialDate nowAtPrecision =
        switch (date.precision()) {
          case YEAR -> PartialDate.ofYear(now.getYear());
          case MONTH -> PartialDate.ofMonth(now.getYear(), now.getMonthValue());
          case DAY -> PartialDate.of(now.getYear(), now.getMonthValue(), now.getDayOfMonth());
        };
    if (date.compareTo(nowAtPrecision) > 0) {
      issue(
          field,
          text,
          FieldIssueReason.FUTURE_DATE,
          "birth date " + date.iso() + " is after the run date " + now);
    } else {
      builder.birthDate(date);
    }
  }

  void sex(String field, String text) {
    if (blank(text)) {
      return;
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    Sex sex =
        switch (code) {
          case "MALE" -> Sex.MALE;
          case "FEMALE" -> Sex.FEMALE;
          default -> Sex.fromCode(code).orElse(null);
        };
    if (sex == null) {
      issue(
          field, text, FieldIssueReason.UNKNOWN_SEX, "sex '" + text + "' is not one of M, F, X, U");
    } else {
      builder.sex(sex);
    }
  }

  void nationality(String field, String text) {
    if (!blank(text)) {
      String iso2 = accept(field, text, CountryNormaliser.toAlpha2(text.strip()));
      if (iso2 != null) {
        builder.nationality(iso2);
      }
    }
  }

  void placeOfBirth(String text) {
    if (!blank(text)) {
      builder.placeOfBirth(text.strip());
    }
  }

  /** An identifier written {@code TYPE:ISSUER:VALUE}. */
  void identifier(String field, String text) {
    if (blank(text)) {
      return;
    }
    String[] parts = text.strip().split(":", 3);
    if (parts.length != 3) {
      issue(
          field,
          text,
          FieldIssueReason.MALFORMED_IDENTIFIER,
          "identifier '" + text + "' is not TYPE:ISSUER:VALUE");
      return;
    }
    identifier(field, parts[0], parts[1], parts[2], text);
  }

  void identifier(String field, String type, String issuer, String value, String asWritten) {
    if (blank(value)) {
      issue(
          field,
          asWritten,
          FieldIssueReason.MALFORMED_IDENTIFIER,
          "identifier '" + asWritten + "' has no value");
      return;
    }
    IdentifierType idType = identifierType(type);
    if (idType == null) {
      issue(
          field,
          asWritten,
          FieldIssueReason.UNKNOWN_IDENTIFIER_TYPE,
          "identifier type '"
              + type
              + "' is not one of "
              + java.util.Arrays.toString(IdentifierType.values()));
      return;
    }
    String issuerCode = null;
    if (!blank(issuer)) {
      issuerCode = accept(field, asWritten, CountryNormaliser.toAlpha2(issuer.strip()));
      if (issuerCode == null) {
        return;
      }
    }
    String normalised = accept(field, asWritten, IdentifierNormaliser.normaliseValue(value));
    if (normalised != null) {
      builder.identifier(new Identifier(idType, issuerCode, normalised, value.strip()));
    }
  }

  private static IdentifierType identifierType(String text) {
    if (blank(text)) {
      return IdentifierType.OTHER;
    }
    String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (t.equals("DRIVING_LICENSE") || t.equals("DRIVERS_LICENSE") || t.equals("DRIVER_LICENSE")) {
      return IdentifierType.DRIVING_LICENCE;
    }
    for (IdentifierType type : IdentifierType.values()) {
      if (type.name().equals(t)) {
        return type;
      }
    }
    return null;
  }

  void address(String field, String text, String locality, String postcode, String country) {
    if (blank(text) && blank(locality) && blank(postcode)) {
      return;
    }
    String written = blank(text) ? String.join(" ", nonBlank(locality, postcode)) : text.strip();
    builder.address(
        normalisers
            .addresses()
            .normalise(written, trimOrNull(locality), trimOrNull(postcode), country));
  }

  private static List<String> nonBlank(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!blank(v)) {
        out.add(v.strip());
      }
    }
    return out;
  }

  private static String trimOrNull(String s) {
    return blank(s) ? null : s.strip();
  }

  /**
   * A phone number. Without a source region, a number written without country code is read in the
   * country of the person's first nationality that can read it: national formats are what people
   * write, and their own country is the likeliest place of their number.
   */
  void phone(String field, String text) {
    if (blank(text)) {
      return;
    }
    Parsed<String> parsed = normalisers.phones().toE164(text.strip());
    if (!parsed.isOk() && !normalisers.hasPhoneRegion()) {
      for (String nationality : builder.nationalities()) {
        Parsed<String> national = normalisers.phonesOf(nationality).toE164(text.strip());
        if (national.isOk()) {
          parsed = national;
          break;
        }
      }
    }
    builder.phone(new Phone(accept(field, text, parsed), text.strip()));
  }

  void email(String field, String text) {
    if (!blank(text)) {
      builder.email(new Email(accept(field, text, EmailNormaliser.normalise(text)), text.strip()));
    }
  }

  void account(String field, String platform, String handle) {
    if (blank(platform) && blank(handle)) {
      return;
    }
    if (blank(platform) || blank(handle)) {
      issue(
          field,
          (platform == null ? "" : platform) + "/" + (handle == null ? "" : handle),
          FieldIssueReason.INCOMPLETE_ACCOUNT,
          "an online account needs both a platform and a handle");
      return;
    }
    String normalisedHandle = AccountNormaliser.handle(handle);
    if (normalisedHandle.isEmpty()) {
      issue(
          field,
          handle,
          FieldIssueReason.INCOMPLETE_ACCOUNT,
          "handle '" + handle + "' is empty once normalised");
      return;
    }
    builder.account(
        new OnlineAccount(AccountNormaliser.platform(platform), normalisedHandle, handle.strip()));
  }

  void wallet(String field, String chain, String address) {
    if (blank(chain) && blank(address)) {
      return;
    }
    if (blank(chain) || blank(address)) {
      issue(
          field,
          (chain == null ? "" : chain) + "/" + (address == null ? "" : address),
          FieldIssueReason.INCOMPLETE_ACCOUNT,
          "a crypto wallet needs both a chain and an address");
      return;
    }
    builder.wallet(new CryptoWallet(AccountNormaliser.chain(chain), address.strip()));
  }

  void url(String text) {
    if (!blank(text)) {
      builder.url(text.strip());
    }
  }

  SubjectCategory category(String field, String text) {
    if (blank(text)) {
      return SubjectCategory.UNDETERMINED;
    }
    return SubjectCategory.fromCode(text.strip().toUpperCase(Locale.ROOT))
        .orElseGet(
            () -> {
              issue(
                  field,
                  text,
                  FieldIssueReason.UNKNOWN_SUBJECT_CATEGORY,
                  "subject category '"
                      + text
                      + "' is not one of SUSPECT, CONVICTED, VICTIM, WITNESS, CONTACT, OTHER");
              return SubjectCategory.UNDETERMINED;
            });
  }

  Instant timestamp(String field, String text) {
    return blank(text) ? null : accept(field, text, PartialDates.parseTimestamp(text.strip()));
  }

  /** Admiralty grading, kept verbatim; values outside A-F / 1-6 are reported but still kept. */
  Grading admiraltyGrading(String reliability, String credibility) {
    if (blank(reliability) && blank(credibility)) {
      return null;
    }
    String r = trimOrNull(reliability);
    String c = trimOrNull(credibility);
    if (r != null && !r.matches("[A-Fa-f]")) {
      issue(
          "source_reliability",
          r,
          FieldIssueReason.UNKNOWN_GRADING,
          "source reliability '" + r + "' is not A-F");
    }
    if (c != null && !c.matches("[1-6]")) {
      issue(
          "information_credibility",
          c,
          FieldIssueReason.UNKNOWN_GRADING,
          "information credibility '" + c + "' is not 1-6");
    }
    return new Grading(Grading.ADMIRALTY, r, c);
  }

  WebNetwork network(String field, String text) {
    if (blank(text)) {
      return null;
    }
    return WebNetwork.fromCode(text.strip())
        .orElseGet(
            () -> {
              issue(
                  field,
                  text,
                  FieldIssueReason.UNKNOWN_WEB_NETWORK,
                  "network '" + text + "' is not clear, deep or dark");
              return null;
            });
  }

  PersonRecord.Builder builder() {
    return builder;
  }

  List<FieldIssue> issues() {
    return issues;
  }

  /** Whether the record says anything about a person that matching could use or an analyst read. */
  static boolean describesAPerson(PersonRecord r) {
    return !(r.names().isEmpty()
        && r.birthDates().isEmpty()
        && r.identifiers().isEmpty()
        && r.phones().isEmpty()
        && r.emails().isEmpty()
        && r.accounts().isEmpty()
        && r.wallets().isEmpty()
        && r.addresses().isEmpty()
        && r.urls().isEmpty());
  }
}
