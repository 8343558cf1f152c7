package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.Normalizer2;
import org.openresolve.model.FieldIssueReason;

/**
 * Identifier values (passport, ID card, licence numbers) to the characters that identify: NFKC
 * (full-width digits to ASCII), upper case, digits of any script to ASCII digits, and everything
 * that is not a letter or digit removed. Sources punctuate the same number differently ("753
 * 912-345", "753912345"), but never use punctuation to tell numbers apart.
 *
 * <p>Letters are not transliterated: a Cyrillic С and a Latin C in a passport number are confused
 * by people, not by the issuer, and telling them apart is the comparator's business.
 */
public final class IdentifierNormaliser {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private IdentifierNormaliser() {}

  public static Parsed<String> normaliseValue(String asWritten) {
    requireNonNull(asWritten, "asWritten is null");
    String text = NFKC.normalize(asWritten);
    StringBuilder value = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int digit = Character.digit(cp, 10);
      if (digit >= 0) {
        value.append((char) ('0' + digit));
      } else if (Character.isLetter(cp)) {
        value.appendCodePoint(Character.toUpperCase(cp));
      }
    }
    if (value.length() == 0) {
      return Parsed.bad(
          FieldIssueReason.MALFORMED_IDENTIFIER,
          "identifier value '" + asWritten + "' has no letters or digits");
    }
    return Parsed.ok(value.toString());
  }
}
