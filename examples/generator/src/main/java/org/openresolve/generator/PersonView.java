package org.openresolve.generator;

import java.util.List;

/**
 * The person-describing fields of one record, each written and damaged independently of the
 * person's other records. Null and empty lists are missing values.
 */
record PersonView(
    RenderedName name,
    List<String> aliases,
    String dateOfBirth,
    String placeOfBirth,
    String sex,
    List<String> nationalities,
    List<RenderedIdentifier> identifiers,
    List<String> addresses,
    List<String> phones,
    List<String> emails,
    List<Handle> usernames) {
  PersonView {
    aliases = List.copyOf(aliases);
    nationalities = List.copyOf(nationalities);
    identifiers = List.copyOf(identifiers);
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    usernames = List.copyOf(usernames);
  }
}
