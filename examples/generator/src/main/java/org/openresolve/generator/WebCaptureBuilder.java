package org.openresolve.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds one open-web capture of a person: a profile on one of their accounts, with what such
 * profiles show. Display names are nicknames and initials ("Sasha I."), full names, the original
 * script or the handle; contact details are sparse and in local formats; linked accounts mostly
 * carry the same handle; deep- and dark-web profiles carry crypto wallets.
 */
final class WebCaptureBuilder {
  private static final LocalDate CAPTURES_FROM = LocalDate.of(2019, 1, 1);
  private final ObjectMapper mapper;
  private final RecordCorruptor corruptor;
  private final SourceTexts texts;
  private final DifficultyProfile profile;
  private final Dice dice;

  WebCaptureBuilder(
      ObjectMapper mapper,
      RecordCorruptor corruptor,
      SourceTexts texts,
      DifficultyProfile profile,
      Dice dice) {
    this.mapper = mapper;
    this.corruptor = corruptor;
    this.texts = texts;
    this.profile = profile;
    this.dice = dice;
  }

  ObjectNode build(Person person) {
    OnlinePresence online = person.online();
    Account account = dice.pick(online.accounts());
    String network = account.platform().network();
    JsonOut json = new JsonOut(dice);
    ObjectNode n = mapper.createObjectNode();
    n.putNull("capture_id");
    n.put("captured_at", corruptor.dates().timestamp(CAPTURES_FROM));
    n.put(
        "url", account.platform().url(account.handle()) + (dice.chance(0.05) ? "?ref=share" : ""));
    n.put("network", network);
    n.put("platform", account.platform().name());
    n.put(
        "username",
        dice.chance(0.1) ? account.handle().toUpperCase(Locale.ROOT) : account.handle());
    json.text(n, "display_name", displayName(person, account));
    json.text(n, "bio", dice.chance(0.2) ? null : bio(person, account, network));
    json.text(n, "location", location(person));
    json.text(
        n, "date_of_birth", dice.chance(0.12) ? corruptor.dates().birth(person.birthDate()) : null);
    List<String> emails = new ArrayList<>();
    person.emails().stream()
        .filter(e -> dice.chance(0.25))
        .forEach(e -> emails.add(corruptor.email(e)));
    json.texts(n, "emails", emails);
    List<String> phones = new ArrayList<>();
    double phoneShare = network.equals("clear") ? 0.2 : 0.08;
    person.phones().stream()
        .filter(p -> p.mobile() && dice.chance(phoneShare))
        .forEach(p -> phones.add(corruptor.phone(p)));
    json.texts(n, "phones", phones);
    json.texts(
        n,
        "websites",
        online.websites().stream().filter(w -> dice.chance(0.6)).map(this::website).toList());
    double walletShare = network.equals("clear") ? 0.1 : 0.75;
    List<Wallet> wallets = online.wallets().stream().filter(w -> dice.chance(walletShare)).toList();
    if (wallets.isEmpty()) {
      json.missingList(n, "crypto_wallets");
    } else {
      ArrayNode array = n.putArray("crypto_wallets");
      wallets.forEach(w -> array.addObject().put("chain", w.chain()).put("address", wallet(w)));
    }
    List<Handle> linked = new ArrayList<>();
    for (Account other : online.accounts()) {
      if (other != account && dice.chance(0.4)) {
        linked.add(corruptor.handle(other));
      }
    }
    if (linked.isEmpty()) {
      json.missingList(n, "linked_accounts");
    } else {
      ArrayNode array = n.putArray("linked_accounts");
      linked.forEach(
          h -> array.addObject().put("platform", h.platform()).put("handle", h.handle()));
    }
    return n;
  }

  void apply(BadValue bad, ObjectNode n, Person person) {
    String text =
        bad.text(
            dice,
            person.birthDate(),
            OnlineFactory.ascii(person.name().family().get(0).romanised()));
    switch (bad) {
      case IMPOSSIBLE_DATE, MALFORMED_DATE -> n.put("date_of_birth", text);
      case UNPARSEABLE_PHONE -> JsonOut.array(n, "phones").add(text);
      case INVALID_EMAIL -> JsonOut.array(n, "emails").add(text);
      case UNKNOWN_NETWORK -> n.put("network", text);
      case MALFORMED_TIMESTAMP -> n.put("captured_at", text);
      case INCOMPLETE_WALLET -> {
        ObjectNode wallet = JsonOut.array(n, "crypto_wallets").addObject().put("chain", "BTC");
        if (dice.chance(0.5)) {
          wallet.putNull("address");
        }
      }
      default -> throw new IllegalStateException("not an open-web bad value: " + bad);
    }
  }

  private String displayName(Person person, Account account) {
    TrueName name = person.name();
    RenderedName rendered = corruptor.names().render(name, false);
    List<String> nicknames = name.given().entry().nicknames();
    String familyInitial = name.family().get(0).romanised().substring(0, 1) + ".";
    return switch (dice.below(10)) {
      case 0, 1 ->
          (nicknames.isEmpty() || dice.chance(0.3)
                  ? rendered.given().split(" ")[0]
                  : dice.pick(nicknames))
              + " "
              + familyInitial;
      case 2, 3, 4 -> rendered.given().split(" ")[0] + " " + rendered.family();
      case 5 ->
          person.culture().nonLatinScript() || dice.chance(0.3)
              ? rendered.original()
              : rendered.full();
      case 6 -> account.handle();
      case 7 -> nicknames.isEmpty() ? rendered.given() : dice.pick(nicknames);
      case 8 -> rendered.given().split(" ")[0] + " " + flag(person.origin());
      default -> null;
    };
  }

  private String bio(Person person, Account account, String network) {
    String bio = dice.pick(texts.bios(network));
    String linked =
        person.online().accounts().stream()
            .filter(a -> a != account)
            .findFirst()
            .map(a -> a.platform().name() + " @" + a.handle())
            .orElse("DM");
    return bio.replace("{city}", person.addresses().get(0).city().names().pick(dice, 0.3))
        .replace("{interest}", dice.pick(texts.interests()))
        .replace("{interest2}", dice.pick(texts.interests()))
        .replace("{year}", Integer.toString(dice.between(2015, 2025)))
        .replace("{linked}", linked)
        .replace("{flag}", flag(person.origin()));
  }

  private String location(Person person) {
    Address home = person.addresses().get(0);
    int form = dice.below(100);
    if (form < 45) {
      return home.city().names().pick(dice, 0.3);
    }
    if (form < 60) {
      return home.city().names().canonical() + ", " + corruptor.nationality(home.country());
    }
    return null;
  }

  private String website(String url) {
    return switch (dice.below(4)) {
      case 0 -> url.replace("https://", "http://");
      case 1 -> url.replace("https://", "https://www.");
      case 2 -> url.substring(0, url.length() - 1);
      default -> url;
    };
  }

  private String wallet(Wallet wallet) {
    // Ethereum addresses are case-insensitive, and some tools print them in capitals.
    if (wallet.chain().equals("ETH") && dice.chance(profile.identifierNoise())) {
      return "0x" + wallet.address().substring(2).toUpperCase(Locale.ROOT);
    }
    return wallet.address();
  }

  /** The regional-indicator flag emoji of a country, as people put in bios and display names. */
  static String flag(Country country) {
    String code = country.alpha2();
    return new String(Character.toChars(0x1F1E6 + code.charAt(0) - 'A'))
        + new String(Character.toChars(0x1F1E6 + code.charAt(1) - 'A'));
  }
}
