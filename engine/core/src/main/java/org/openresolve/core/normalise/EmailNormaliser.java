package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openresolve.model.FieldIssueReason;

/**
 * Email addresses to one comparable form. The chain: trim; strip a {@code mailto:} prefix; lower
 * case (the local part is case-sensitive in theory, never in practice); check the shape {@code
 * local@domain.tld}. Provider-specific rewriting (Gmail dots, {@code +tags}) is left to comparison,
 * since it would change what the source recorded.
 *
 * <p>Letters and digits of any script are allowed, since internationalised addresses occur.
 */
public final class EmailNormaliser {
  private static final String MAILTO = "mailto:";
  private static final Pattern LOCAL =
      Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(\\p{L}{2,}|xn--[\\p{L}\\p{N}-]+)");
  private static final int MAX_LOCAL = 64;
  private static final int MAX_LENGTH = 254;

  private EmailNormaliser() {}

  public static Parsed<String> normalise(String asWritten) {
    requireNonNull(asWritten, "asWritten is null");
    String email = asWritten.strip();
    if (email.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
      email = email.substring(MAILTO.length()).strip();
    }
    email = email.toLowerCase(Locale.ROOT);
    int at = email.indexOf('@');
    String problem;
    if (email.isEmpty()) {
      problem = "is empty";
    } else if (email
        .codePoints()
        .anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
      problem = "contains a space";
    } else if (at < 0 || email.indexOf('@', at + 1) >= 0) {
      problem = "must contain exactly one @";
    } else if (at > MAX_LOCAL || email.length() > MAX_LENGTH) {
      problem = "is too long";
    } else if (!LOCAL.matcher(email.substring(0, at)).matches()) {
      problem = "has an invalid part before the @";
    } else if (email.indexOf('.', at) < 0) {
      problem = "has no dot in its domain";
    } else if (!DOMAIN.matcher(email.substring(at + 1)).matches()) {
      problem = "has an invalid domain";
    } else {
      return Parsed.ok(email);
    }
    return Parsed.bad(
        FieldIssueReason.INVALID_EMAIL, "email address '" + asWritten + "' " + problem);
  }
}
