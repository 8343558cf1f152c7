package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * One name of a person.
 *
 * @param type primary, alias or original-script
 * @param asWritten the name exactly as the source wrote it
 * @param script ISO 15924 code of the dominant script of {@code asWritten} (e.g. Latn, Cyrl, Arab)
 * @param latin folded Latin form: transliterated, lower case, no diacritics, single spaces, the
 *     given names before the family name, titles and suffixes left out; empty when nothing is left
 * @param given given names in Latin form, or null when the parts are not known
 * @param family family name in Latin form, or null when the parts are not known
 * @param title honorific or rank such as "dr" or "sheikh", or null
 * @param suffix generational suffix such as "jr", "sr" or "iii", or null
 */
public record PersonName(
    NameType type,
    String asWritten,
    String script,
    String latin,
    String given,
    String family,
    String title,
    String suffix) {
  public PersonName {
    requireNonNull(type, "type is null");
    requireNonNull(asWritten, "asWritten is null");
    requireNonNull(script, "script is null");
    requireNonNull(latin, "latin is null");
  }
}
