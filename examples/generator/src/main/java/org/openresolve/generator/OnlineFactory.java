package org.openresolve.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a person's handle, accounts, e-mail addresses, websites and wallets. Handles come from
 * the name (sasha_iv, aivanov, ivanov.alexander) or from a street-style word pair (silent_wolf);
 * most accounts reuse the same handle, the signal that links open-web captures.
 */
final class OnlineFactory {
  private final PlatformBook platforms;
  private final List<String> adjectives;
  private final List<String> nouns;
  private final Dice dice;
  private final UniqueValues issued;

  OnlineFactory(
      PlatformBook platforms,
      List<String> adjectives,
      List<String> nouns,
      Dice dice,
      UniqueValues issued) {
    this.platforms = platforms;
    this.adjectives = List.copyOf(adjectives);
    this.nouns = List.copyOf(nouns);
    this.dice = dice;
    this.issued = issued;
  }

  OnlinePresence create(TrueName name, LocalDate birth) {
    if (!dice.chance(0.55)) {
      return OnlinePresence.NONE;
    }
    String handle = claimed(handle(name, birth));
    Set<String> used = new LinkedHashSet<>();
    List<Account> accounts = new ArrayList<>();
    int clear = dice.chance(0.5) ? 1 : dice.between(2, 4);
    for (int i = 0; i < clear; i++) {
      addAccount(platforms.clear(name.culture()).pick(dice), handle, used, accounts);
    }
    boolean hidden = dice.chance(0.15);
    if (hidden) {
      for (int i = dice.between(1, 2); i > 0; i--) {
        addAccount(platforms.hidden().pick(dice), handle, used, accounts);
      }
    }
    List<String> websites =
        dice.chance(0.06)
            ? List.of("https://" + handle.replace('_', '-').replace('.', '-') + ".example/")
            : List.of();
    List<Wallet> wallets = new ArrayList<>();
    for (int i = hidden ? dice.between(1, 2) : dice.chance(0.03) ? 1 : 0; i > 0; i--) {
      wallets.add(CryptoWallets.random(dice));
    }
    return new OnlinePresence(handle, accounts, websites, wallets);
  }

  /** Zero to two addresses built from the name or handle, at a home or origin provider. */
  List<String> emails(
      TrueName name, LocalDate birth, String handle, Country residence, Country origin) {
    int count = dice.chance(0.35) ? 0 : dice.chance(0.8) ? 1 : 2;
    List<String> emails = new ArrayList<>();
    String given = ascii(name.given().romanised());
    String family = ascii(name.family().get(0).romanised());
    String year = Integer.toString(birth.getYear() % 100 + 100).substring(1);
    for (int i = 0; i < count; i++) {
      String local =
          switch (dice.below(handle.isEmpty() ? 5 : 6)) {
            case 0 -> given + "." + family;
            case 1 -> given + "." + family + year;
            case 2 -> given.charAt(0) + family;
            case 3 -> family + given.charAt(0) + birth.getYear();
            case 4 -> nickname(name, given) + "_" + family + dice.between(1, 99);
            default -> handle;
          };
      Country country = dice.chance(0.7) ? residence : origin;
      String domain = dice.pick(country.emailDomains());
      String email = local + "@" + domain;
      // A mailbox belongs to one person: the next John Smith gets john.smith7.
      for (int tries = 0; tries < 50 && !issued.claim("email:" + email); tries++) {
        email = local + dice.between(1, 9999) + "@" + domain;
      }
      emails.add(email);
    }
    return emails;
  }

  private void addAccount(
      Platform platform, String handle, Set<String> used, List<Account> accounts) {
    if (used.add(platform.name())) {
      accounts.add(new Account(platform, dice.chance(0.75) ? handle : claimed(variant(handle))));
    }
  }

  /**
   * The handle, or it with a number appended when someone already has it: a handle is one person's
   * on a platform, and the generator keeps it one person's everywhere.
   */
  private String claimed(String handle) {
    String candidate = handle;
    for (int tries = 0; tries < 50 && !issued.claim("handle:" + candidate); tries++) {
      candidate = handle + dice.between(1, 9999);
    }
    return candidate;
  }

  private String handle(TrueName name, LocalDate birth) {
    String given = ascii(name.given().romanised());
    String family = ascii(name.family().get(0).romanised());
    String nick = nickname(name, given);
    return switch (dice.below(8)) {
      case 0 -> nick + "_" + family.substring(0, Math.min(2, family.length()));
      case 1 -> given + family + (birth.getYear() % 100);
      case 2 -> given.charAt(0) + family;
      case 3 -> family + "." + given;
      case 4 -> nick + birth.getYear();
      case 5, 6 -> dice.pick(adjectives) + "_" + dice.pick(nouns);
      default -> dice.pick(nouns) + dice.between(7, 999);
    };
  }

  private String variant(String handle) {
    return switch (dice.below(3)) {
      case 0 -> handle + dice.between(1, 99);
      case 1 -> handle.replace("_", "").replace(".", "");
      default -> handle.replace('_', '.');
    };
  }

  private String nickname(TrueName name, String given) {
    List<String> nicknames = name.given().entry().nicknames();
    return nicknames.isEmpty() || dice.chance(0.5) ? given : ascii(dice.pick(nicknames));
  }

  /** Lower-case ASCII letters and digits only, as handles and mailbox names are. */
  static String ascii(String text) {
    String stripped = Diacritics.strip(text);
    StringBuilder plain = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = Character.toLowerCase(stripped.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        plain.append(c);
      }
    }
    return plain.length() == 0 ? "user" : plain.toString();
  }
}
