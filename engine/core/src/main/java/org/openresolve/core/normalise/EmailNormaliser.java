package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openresolve.model.FieldIssueReason;

/**
 * Email addresses to one comparable form. The chain: trim; take the address out of a display form
 * ({@code Ivan Petrov <ivan@mail.example>}); strip a {@code mailto:} prefix; lower case (the local
 * part is case-sensitive in theory, never in practice); check the shape {@code local@domain.tld}.
 *
 * <p>{@link #mailbox} then gives the mailbox the address delivers to, for comparison only: the
 * normalised address stays what the source wrote, since a tag or a dot may matter to an analyst.
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

  /**
   * A display name before the address in angle brackets: {@code "Petrov, Ivan" <ivan@x.example>}.
   */
  private static final Pattern DISPLAY_FORM = Pattern.compile("[^<>]*<([^<>]*)>\\s*");

  /** Google delivers both domains to one mailbox and ignores dots in its local parts. */
  private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

  private static final int MAX_LOCAL = 64;
  private static final int MAX_LENGTH = 254;

  private EmailNormaliser() {}

  public static Parsed<String> normalise(String asWritten) {
    requireNonNull(asWritten, "asWritten is null");
    String email = asWritten.strip();
    Matcher display = DISPLAY_FORM.matcher(email);
    if (display.matches()) {
      email = display.group(1).strip();
    }
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

  /**
   * The mailbox a normalised address delivers to: a sub-address tag after {@code +} (RFC 5233,
   * honoured by the large providers) dropped, {@code googlemail.com} read as {@code gmail.com}, and
   * dots in a Gmail local part removed. "j.smith+shop@googlemail.com" is "jsmith@gmail.com". A
   * local part that is nothing but a tag ("+x@...") is kept whole.
   */
  public static String mailbox(String normalised) {
    requireNonNull(normalised, "normalised is null");
    int at = normalised.lastIndexOf('@');
    if (at < 0) {
      return normalised;
    }
    String local = normalised.substring(0, at);
    String domain = normalised.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (GMAIL.contains(domain)) {
      domain = "gmail.com";
      String undotted = local.replace(".", "");
      local = undotted.isEmpty() ? local : undotted;
    }
    return local + "@" + domain;
  }
}
