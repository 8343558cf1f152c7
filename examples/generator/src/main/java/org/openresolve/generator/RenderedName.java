package org.openresolve.generator;

/**
 * A name as one record writes it.
 *
 * @param given the given-names field (given name with any middle name)
 * @param family the family-name field
 * @param full the full name in one of the forms records use ("Given Family", "FAMILY, Given")
 * @param original the full name in its original script and order (with diacritics for Latin
 *     scripts)
 */
record RenderedName(String given, String family, String full, String original) {}
