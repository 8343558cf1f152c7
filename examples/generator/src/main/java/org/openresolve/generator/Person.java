package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A true person: the entity every record of theirs is a corrupted view of. Kept only while the
 * person's household is being written.
 *
 * @param givenName the given name with its patronymics, for the person's children
 * @param families inherited family names in both genders, for relatives
 * @param otherNames maiden name, false identities: used as aliases and now and then as the name
 * @param phones mobiles first, then a shared home line or burner if any
 * @param father the father's given name, which patronymics and nasab derive from, or null
 */
record Person(
    String entityId,
    Culture culture,
    Sex sex,
    GivenName givenName,
    List<FamilyName> families,
    TrueName name,
    List<TrueName> otherNames,
    LocalDate birthDate,
    Country origin,
    City birthCity,
    List<Country> nationalities,
    Country residence,
    List<Address> addresses,
    List<PhoneNumber> phones,
    List<String> emails,
    List<IdentifierValue> identifiers,
    OnlinePresence online,
    GivenName father) {
  Person {
    requireNonNull(entityId, "entityId is null");
    requireNonNull(culture, "culture is null");
    requireNonNull(sex, "sex is null");
    requireNonNull(givenName, "givenName is null");
    requireNonNull(name, "name is null");
    requireNonNull(birthDate, "birthDate is null");
    requireNonNull(origin, "origin is null");
    requireNonNull(birthCity, "birthCity is null");
    requireNonNull(residence, "residence is null");
    requireNonNull(online, "online is null");
    families = List.copyOf(families);
    otherNames = List.copyOf(otherNames);
    nationalities = List.copyOf(nationalities);
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    identifiers = List.copyOf(identifiers);
  }

  Person withName(TrueName newName) {
    return new Person(
        entityId,
        culture,
        sex,
        givenName,
        families,
        newName,
        otherNames,
        birthDate,
        origin,
        birthCity,
        nationalities,
        residence,
        addresses,
        phones,
        emails,
        identifiers,
        online,
        father);
  }

  /** The home landline, shared by a household, or null. */
  PhoneNumber landline() {
    return phones.stream().filter(p -> !p.mobile()).findFirst().orElse(null);
  }
}
