package org.openresolve.core.compare;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openresolve.core.normalise.EmailNormaliser;
import org.openresolve.model.Address;
import org.openresolve.model.CryptoWallet;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.Sex;

/**
 * The values of one record that blocking and comparisons use, normalised once per record so that
 * comparing a pair does no text work beyond the similarity itself. Lists are distinct and in record
 * order. Values a connector could not normalise (a phone without E.164, an invalid e-mail) are left
 * out: they are kept in the record for the analyst but are not evidence.
 *
 * @param key {@code source:recordId}
 * @param row {@code source:sha256} of the input row the record came from: the subjects of one
 *     intelligence report share it, and are two people
 * @param addresses folded, without the locality and postcode a source gave separately: those have
 *     comparisons of their own, and counting a shared town three times would make everyone in it
 *     look alike; an address that is only a town and postcode is left out
 * @param phones E.164
 * @param unreadPhones the digits of phones that could not be read as E.164 (no country code and no
 *     region to read them in), without leading zeros, when at least {@value #SHORTEST_PHONE} are
 *     left: "07700 900123" is "7700900123", which the phone comparison finds again at the end of
 *     "+447700900123"
 * @param emails the mailbox each address delivers to ({@link EmailNormaliser#mailbox}): a tagged or
 *     Gmail-dotted address is one mailbox with its plain form
 * @param postcodes upper case, letters and digits only
 * @param localities folded: lower case, no diacritics, single spaces
 */
public record MatchView(
    String key,
    String row,
    List<Name> names,
    List<Date> birthDates,
    Sex sex,
    List<Id> identifiers,
    List<String> phones,
    List<String> unreadPhones,
    List<String> emails,
    List<Handle> handles,
    List<Wallet> wallets,
    List<String> addresses,
    List<String> postcodes,
    List<String> localities,
    List<String> nationalities)
    implements Serializable {
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  public static final int SHORTEST_PHONE = 7;

  public MatchView {
    requireNonNull(key, "key is null");
    requireNonNull(sex, "sex is null");
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    identifiers = List.copyOf(identifiers);
    phones = List.copyOf(phones);
    unreadPhones = List.copyOf(unreadPhones);
    emails = List.copyOf(emails);
    handles = List.copyOf(handles);
    wallets = List.copyOf(wallets);
    addresses = List.copyOf(addresses);
    postcodes = List.copyOf(postcodes);
    localities = List.copyOf(localities);
    nationalities = List.copyOf(nationalities);
  }

  public static MatchView of(PersonRecord r) {
    requireNonNull(r, "r is null");
    return new MatchView(
        r.key().qualifiedId(),
        r.key().source() + ":" + r.key().rowSha256(),
        distinct(r.names(), Name::of),
        distinct(r.birthDates(), Date::of),
        r.sex(),
        distinct(r.identifiers(), (Identifier i) -> new Id(i.type().name(), i.issuer(), i.value())),
        distinct(r.phones(), Phone::e164),
        distinct(r.phones(), MatchView::unreadDigits),
        distinct(r.emails(), MatchView::mailbox),
        distinct(r.accounts(), (OnlineAccount a) -> new Handle(a.platform(), a.handle())),
        distinct(r.wallets(), (CryptoWallet w) -> new Wallet(w.chain(), w.address())),
        distinct(r.addresses(), MatchView::streetPart),
        distinct(r.addresses(), (Address a) -> postcode(a.postcode())),
        distinct(r.addresses(), (Address a) -> fold(a.locality())),
        distinct(r.nationalities(), (String n) -> n.toUpperCase(Locale.ROOT)));
  }

  /** Mapped values, nulls (unusable values) dropped, first occurrence kept. */
  private static <T, V> List<V> distinct(List<T> values, Function<T, V> f) {
    Set<V> out = new LinkedHashSet<>();
    for (T value : values) {
      V mapped = f.apply(value);
      if (mapped != null) {
        out.add(mapped);
      }
    }
    return new ArrayList<>(out);
  }

  private static String unreadDigits(Phone p) {
    if (p.e164() != null) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    p.asWritten()
        .codePoints()
        .map(cp -> Character.digit(cp, 10))
        .filter(d -> d >= 0)
        .forEach(
            d -> {
              if (d > 0 || digits.length() > 0) {
                digits.append((char) ('0' + d));
              }
            });
    return digits.length() >= SHORTEST_PHONE ? digits.toString() : null;
  }

  private static String mailbox(Email e) {
    return e.normalised() == null ? null : EmailNormaliser.mailbox(e.normalised());
  }

  /**
   * The normalised address with the separately given locality and postcode taken out; null when
   * nothing else is left.
   */
  static String streetPart(Address a) {
    String s = " " + a.normalised().strip() + " ";
    for (String part : new String[] {fold(a.locality()), fold(a.postcode())}) {
      if (part != null) {
        s = s.replace(" " + part + " ", " ");
      }
    }
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  private static String postcode(String postcode) {
    String s =
        postcode == null ? "" : NOT_ALNUM.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    return s.isEmpty() ? null : s;
  }

  private static String fold(String text) {
    if (text == null) {
      return null;
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * One name in folded Latin form.
   *
   * @param full given names then family name
   * @param given null when the source did not separate the parts
   * @param family null when the source did not separate the parts
   * @param givenCodes Double Metaphone codes of the given names; of the whole name when it is one
   *     word whose part is unknown
   * @param familyCodes as {@code givenCodes}, for the family name
   * @param forename the first given name alone, without middle names and patronymics ("artem" of
   *     "artem andreyevich"); Arabic "Abd al-" and "Abu" stay with the word they belong to. Null
   *     when {@code given} is
   * @param forenameCodes Double Metaphone codes of the forename
   * @param generation the generational suffix ("jr", "sr", "iii"), or null
   */
  public record Name(
      String full,
      String given,
      String family,
      List<String> givenCodes,
      List<String> familyCodes,
      String forename,
      List<String> forenameCodes,
      String generation)
      implements Serializable {
    private static final Set<String> SERVANT_OR_FATHER_OF =
        Set.of("abd", "abdul", "abdel", "abdal", "abdur", "abdus", "abdoul", "abu", "abou");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ar", "ur", "as", "ad");

    public Name {
      requireNonNull(full, "full is null");
      givenCodes = List.copyOf(givenCodes);
      familyCodes = List.copyOf(familyCodes);
      forenameCodes = List.copyOf(forenameCodes);
    }

    static Name of(PersonName n) {
      if (n.latin().isBlank()) {
        return null;
      }
      String given = blankToNull(n.given());
      String family = blankToNull(n.family());
      if (given == null && family == null) {
        // "Madonna" may be either part; it keys both ways but compares only as a full name.
        List<String> codes = Phonetic.codes(n.latin());
        return new Name(n.latin(), null, null, codes, codes, null, List.of(), generation(n));
      }
      return of(n.latin(), given, family, generation(n));
    }

    /**
     * The same words read with another split into given and family names: {@code given} and {@code
     * family} both known.
     */
    static Name split(String given, String family, String generation) {
      return of(given + " " + family, requireNonNull(given), requireNonNull(family), generation);
    }

    private static Name of(String full, String given, String family, String generation) {
      String forename = forename(given);
      List<String> givenCodes = Phonetic.codes(given);
      List<String> familyCodes = Phonetic.codes(family);
      // One word in one part ("gee" as the only given name): sources put a lone family name in the
      // forename column and the reverse, so it keys both ways and compares in either part.
      if (given == null && isOneWord(family)) {
        givenCodes = familyCodes;
      } else if (family == null && isOneWord(given)) {
        familyCodes = givenCodes;
      }
      return new Name(
          full,
          given,
          family,
          givenCodes,
          familyCodes,
          forename,
          Phonetic.codes(forename),
          generation);
    }

    /** The generational suffix ("jr", "sr", "iii"), lower case, or null. */
    private static String generation(PersonName n) {
      return n.suffix() == null || n.suffix().isBlank()
          ? null
          : n.suffix().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The first given name; "Abd al-Rahman" and "Abu Bakr" are one name, not "Abd" and "Abu", and
     * an article stays with its word ("al Rashid").
     */
    static String forename(String given) {
      if (given == null) {
        return null;
      }
      String[] words = given.split(" ");
      int end = 1;
      if (words.length > 1 && (words[0].equals("al") || words[0].equals("el"))) {
        end = 2;
      } else if (words.length > 1 && SERVANT_OR_FATHER_OF.contains(words[0])) {
        end = 2;
        if (words.length > 2 && ARTICLES.contains(words[1])) {
          end = 3;
        }
      }
      return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
    }

    private static boolean isOneWord(String part) {
      return part != null && part.indexOf(' ') < 0;
    }

    /**
     * The word of a name given in one part only, as one word ("gee" with no family name, "Smith"
     * with no given name), or null. Its part is the source's guess: a lone family name often sits
     * in the forename column, and the reverse.
     */
    public String lone() {
      if (given == null && isOneWord(family)) {
        return family;
      }
      return family == null && isOneWord(given) ? given : null;
    }

    /** The full name with the parts exchanged, or null when the parts are not both known. */
    public String swapped() {
      return given == null || family == null ? null : family + " " + given;
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }

  /** A birth date; month and day are 0 when unknown. */
  public record Date(int year, int month, int day) implements Serializable {
    // ISO forms of the dates of living people's birth years, made once each: every compared pair of
    // dates reads them. Shared by all threads; a race only builds one string twice.
    private static final int FIRST_CACHED_YEAR = 1850;
    private static final int CACHED_YEARS = 200;
    private static final String[] ISO = new String[CACHED_YEARS * 13 * 32];

    static Date of(PartialDate d) {
      return new Date(d.year(), d.month() == null ? 0 : d.month(), d.day() == null ? 0 : d.day());
    }

    public boolean hasDay() {
      return day > 0;
    }

    /** ISO 8601 at the date's precision. */
    public String iso() {
      int y = year - FIRST_CACHED_YEAR;
      if (y < 0 || y >= CACHED_YEARS || month < 0 || month > 12 || day < 0 || day > 31) {
        return format();
      }
      int slot = (y * 13 + month) * 32 + day;
      String s = ISO[slot];
      if (s == null) {
        s = format();
        ISO[slot] = s;
      }
      return s;
    }

    private String format() {
      return PartialDate.iso(year, month, day);
    }
  }

  /**
   * @param type the {@link org.openresolve.model.IdentifierType} name; issuer may be null
   */
  public record Id(String type, String issuer, String value) implements Serializable {
    public Id {
      requireNonNull(type, "type is null");
      requireNonNull(value, "value is null");
    }

    @Override
    public String toString() {
      return type + "|" + (issuer == null ? "" : issuer) + "|" + value;
    }
  }

  public record Handle(String platform, String handle) implements Serializable {
    public Handle {
      requireNonNull(platform, "platform is null");
      requireNonNull(handle, "handle is null");
    }

    @Override
    public String toString() {
      return platform + ":" + handle;
    }
  }

  public record Wallet(String chain, String address) implements Serializable {
    public Wallet {
      requireNonNull(chain, "chain is null");
      requireNonNull(address, "address is null");
    }

    @Override
    public String toString() {
      return chain + ":" + address;
    }
  }
}
