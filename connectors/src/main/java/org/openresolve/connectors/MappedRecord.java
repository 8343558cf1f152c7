package org.openresolve.connectors;

import java.util.List;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.core.normalise.CountryNormaliser;
import org.openresolve.model.NameType;
import org.openresolve.model.SourceMetadata;
import org.openresolve.model.SubjectCategory;

/**
 * Fills a record from a row through a {@link SourceMapping}. Field names in issues are the columns.
 */
final class MappedRecord {
  private MappedRecord() {}

  static void fill(SourceMapping m, FieldSource f, RecordAssembler a) {
    String given = f.text(m.givenNames());
    String family = f.text(m.familyName());
    if (given != null || family != null) {
      a.nameParts(m.givenNames() + "/" + m.familyName(), given, family);
    } else {
      a.fullName(NameType.PRIMARY, m.fullName(), f.text(m.fullName()));
    }
    eachIndexed(
        m.aliases(), f.list(m.aliases()), (field, v) -> a.fullName(NameType.ALIAS, field, v));
    a.fullName(NameType.ORIGINAL_SCRIPT, m.nameOriginal(), f.text(m.nameOriginal()));
    if (m.dateOfBirthPattern() != null) {
      a.birthDate(m.dateOfBirth(), f.text(m.dateOfBirth()), m.dateOfBirthPattern());
    } else {
      a.birthDate(m.dateOfBirth(), f.text(m.dateOfBirth()));
    }
    a.sex(m.sex(), f.text(m.sex()));
    eachIndexed(m.nationality(), f.list(m.nationality()), a::nationality);
    a.placeOfBirth(f.text(m.placeOfBirth()));
    eachIndexed(m.identifiers(), f.list(m.identifiers()), a::identifier);
    for (SourceMapping.IdentifierColumn c : m.identifierColumns()) {
      String v = f.text(c.column());
      if (v != null) {
        a.identifier(c.column(), c.type().name(), c.issuer(), v, v);
      }
    }
    eachIndexed(
        m.addresses(), f.list(m.addresses()), (field, v) -> a.address(field, v, null, null, null));
    if (m.addressParts() != null) {
      addressFromParts(m.addressParts(), f, a);
    }
    eachIndexed(m.phones(), f.list(m.phones()), a::phone);
    eachIndexed(m.emails(), f.list(m.emails()), a::email);
    for (SourceMapping.AccountColumn c : m.accounts()) {
      eachIndexed(c.column(), f.list(c.column()), (field, v) -> a.account(field, c.platform(), v));
    }
    for (SourceMapping.WalletColumn c : m.wallets()) {
      eachIndexed(c.column(), f.list(c.column()), (field, v) -> a.wallet(field, c.chain(), v));
    }
    f.list(m.urls()).forEach(a::url);
    SubjectCategory category =
        m.subjectCategory() == null || f.text(m.subjectCategory()) == null
            ? m.defaultSubjectCategory()
            : a.category(m.subjectCategory(), f.text(m.subjectCategory()));
    a.builder()
        .metadata(
            new SourceMetadata(
                f.text(m.originator()),
                a.timestamp(m.collectedAt(), f.text(m.collectedAt())),
                a.timestamp(m.updatedAt(), f.text(m.updatedAt())),
                category,
                null,
                f.text(m.handlingCode()),
                null));
  }

  private static void addressFromParts(
      SourceMapping.AddressParts p, FieldSource f, RecordAssembler a) {
    StringBuilder street = new StringBuilder();
    for (String c : p.columns()) {
      String v = f.text(c);
      if (v != null) {
        street.append(street.length() == 0 ? "" : " ").append(v);
      }
    }
    String locality = f.text(p.locality());
    String postcode = f.text(p.postcode());
    String region = f.text(p.region());
    StringBuilder written = new StringBuilder(street);
    for (String v : new String[] {locality, region, postcode}) {
      if (v != null) {
        written.append(written.length() == 0 ? "" : ", ").append(v);
      }
    }
    String country = p.country() == null ? null : CountryNormaliser.toAlpha2(p.country()).orNull();
    if (written.length() > 0) {
      a.address("address", written.toString(), locality, postcode, country);
    }
  }

  private static void eachIndexed(
      String column, List<String> values, java.util.function.BiConsumer<String, String> action) {
    for (int i = 0; i < values.size(); i++) {
      action.accept(values.size() == 1 ? column : column + "[" + i + "]", values.get(i));
    }
  }
}
