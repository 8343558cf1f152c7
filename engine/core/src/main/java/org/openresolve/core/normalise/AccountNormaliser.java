package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Online accounts and crypto wallets: the parts that identify them in one written form.
 *
 * <ul>
 *   <li>handle: trim, lower case, the profile URL around it removed ({@code
 *       https://t.me/sasha_iv}), then a leading {@code @};
 *   <li>platform: lower case, scheme, {@code www.} / {@code m.} and path removed, then well-known
 *       domains and names mapped to one name ({@code t.me} and {@code telegram.org} are {@code
 *       telegram}, {@code twitter.com} is {@code x});
 *   <li>chain: trimmed and upper case ({@code btc} is {@code BTC}).
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class AccountNormaliser {
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");

  /** A host with a dot followed by a path: "t.me/sasha_iv", "vk.com/id1". */
  private static final Pattern BARE_URL =
      Pattern.compile("^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+/.*");

  private static final Map<String, String> PLATFORMS =
      Map.ofEntries(
          Map.entry("t.me", "telegram"),
          Map.entry("telegram.me", "telegram"),
          Map.entry("telegram.org", "telegram"),
          Map.entry("twitter.com", "x"),
          Map.entry("twitter", "x"),
          Map.entry("x.com", "x"),
          Map.entry("fb.com", "facebook"),
          Map.entry("facebook.com", "facebook"),
          Map.entry("fb", "facebook"),
          Map.entry("vk.com", "vk"),
          Map.entry("vk.ru", "vk"),
          Map.entry("vkontakte", "vk"),
          Map.entry("vkontakte.ru", "vk"),
          Map.entry("instagram.com", "instagram"),
          Map.entry("instagr.am", "instagram"),
          Map.entry("ok.ru", "odnoklassniki"),
          Map.entry("youtube.com", "youtube"),
          Map.entry("youtu.be", "youtube"),
          Map.entry("tiktok.com", "tiktok"),
          Map.entry("linkedin.com", "linkedin"),
          Map.entry("wa.me", "whatsapp"),
          Map.entry("whatsapp.com", "whatsapp"),
          Map.entry("github.com", "github"),
          Map.entry("reddit.com", "reddit"));

  private AccountNormaliser() {}

  /** The handle without its profile URL or leading {@code @}: "sasha_iv". */
  public static String handle(String asWritten) {
    requireNonNull(asWritten, "asWritten is null");
    String s = asWritten.strip().toLowerCase(Locale.ROOT);
    if (SCHEME.matcher(s).find() || BARE_URL.matcher(s).matches()) {
      s = lastPathSegment(s);
    }
    while (s.startsWith("@")) {
      s = s.substring(1);
    }
    return s.strip();
  }

  /** The platform's one name: a well-known site's name, otherwise its lower-case host. */
  public static String platform(String asWritten) {
    requireNonNull(asWritten, "asWritten is null");
    String s = SCHEME.matcher(asWritten.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    if (s.startsWith("www.")) {
      s = s.substring(4);
    } else if (s.startsWith("m.") && s.indexOf('.', 2) > 0) {
      // m.facebook.com is Facebook, but m.me is a site of its own.
      s = s.substring(2);
    }
    return PLATFORMS.getOrDefault(s, s);
  }

  /** The chain or currency code of a wallet, upper case: "BTC", "ETH". */
  public static String chain(String asWritten) {
    requireNonNull(asWritten, "asWritten is null");
    return asWritten.strip().toUpperCase(Locale.ROOT);
  }

  /** "https://t.me/sasha_iv/", "t.me/sasha_iv?x=1" and "forum.example/u/sasha_iv" give sasha_iv. */
  private static String lastPathSegment(String url) {
    String s = SCHEME.matcher(url).replaceFirst("");
    int end = s.length();
    for (char c : new char[] {'?', '#'}) {
      int i = s.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    s = s.substring(0, end);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = s.lastIndexOf('/');
    return slash < 0 ? "" : s.substring(slash + 1);
  }
}
