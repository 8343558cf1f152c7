/**
 * Normalisation of single field values, one class per field kind, each a declared chain of steps
 * listed in its class comment.
 *
 * <ul>
 *   <li>{@link org.openresolve.core.normalise.NameNormaliser}: person names to script, folded Latin
 *       form, given and family name, title and suffix; also the shared folding of any text to
 *       lower-case ASCII words (ICU transliteration, BGN/PCGN for Cyrillic);
 *   <li>{@link org.openresolve.core.normalise.AddressNormaliser}: addresses, folded the same way,
 *       with street-type abbreviations expanded;
 *   <li>{@link org.openresolve.core.normalise.PhoneNormaliser}, {@link
 *       org.openresolve.core.normalise.EmailNormaliser}, {@link
 *       org.openresolve.core.normalise.IdentifierNormaliser}, {@link
 *       org.openresolve.core.normalise.CountryNormaliser}, {@link
 *       org.openresolve.core.normalise.PartialDates}, {@link
 *       org.openresolve.core.normalise.AccountNormaliser}: the other field kinds.
 * </ul>
 *
 * <p>A value that cannot be used comes back as {@link org.openresolve.core.normalise.Parsed.Bad}
 * with a {@link org.openresolve.model.FieldIssueReason} and a detail that quotes it; nothing here
 * throws for bad input. Everything is plain Java and thread-safe. The normalisers that hold ICU
 * transliterators (names, addresses) are meant to be built once per partition and reused.
 */
package org.openresolve.core.normalise;
