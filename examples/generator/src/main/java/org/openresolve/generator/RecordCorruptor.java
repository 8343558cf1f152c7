package org.openresolve.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a true person into the fields of one record. Each record is damaged independently: the name
 * through {@link NameRenderer}, dates through {@link DateRenderer}, and every optional field may be
 * missing, partial, in another form, or (sex) wrong. A record always keeps its name and at least
 * one other field, so that no record is empty.
 */
final class RecordCorruptor {
  private final DifficultyProfile profile;
  private final Dice dice;
  private final NameRenderer names;
  private final DateRenderer dates;
  private final PhoneRenderer phones;
  private final IdentifierRenderer identifiers;
  private final AddressRenderer addresses;

  RecordCorruptor(DifficultyProfile profile, Dice dice) {
    this.profile = profile;
    this.dice = dice;
    this.names = new NameRenderer(profile, dice);
    this.dates = new DateRenderer(profile, dice);
    this.phones = new PhoneRenderer(profile, dice);
    this.identifiers = new IdentifierRenderer(profile, dice);
    this.addresses = new AddressRenderer(dice);
  }

  NameRenderer names() {
    return names;
  }

  DateRenderer dates() {
    return dates;
  }

  PersonView view(Person person, Source source) {
    TrueName used = person.name();
    if (!person.otherNames().isEmpty() && dice.chance(profile.otherName())) {
      used = dice.pick(person.otherNames());
    }
    boolean criminal = source == Source.CRIMINAL_RECORDS;
    double missing = profile.missingField();
    RenderedName name = names.render(used, true);
    List<String> aliases =
        dice.chance(criminal ? 0.35 : 0.45)
            ? names.aliases(person, used, source == Source.INTELLIGENCE_REPORTS)
            : List.of();
    String birth =
        dice.chance(criminal ? missing : missing + 0.15) ? null : dates.birth(person.birthDate());
    String place = criminal && !dice.chance(missing + 0.25) ? place(person) : null;
    List<String> nationalities = new ArrayList<>();
    for (Country c : person.nationalities()) {
      if (!dice.chance(missing + (criminal ? 0.05 : 0.2))) {
        nationalities.add(nationality(c));
      }
    }
    List<RenderedIdentifier> ids = new ArrayList<>();
    for (IdentifierValue id : person.identifiers()) {
      if (dice.chance((criminal ? 0.6 : 0.3) * (1 - missing))) {
        ids.add(identifiers.render(id));
      }
    }
    List<String> addressTexts = new ArrayList<>();
    for (int i = 0; i < person.addresses().size(); i++) {
      if (dice.chance((i == 0 ? 0.65 : 0.4) * (1 - missing))) {
        addressTexts.add(addresses.render(person.addresses().get(i)));
      }
    }
    List<String> phoneTexts = new ArrayList<>();
    for (PhoneNumber phone : person.phones()) {
      if (dice.chance(0.5 * (1 - missing))) {
        phoneTexts.add(phones.render(phone));
      }
    }
    List<String> emailTexts = new ArrayList<>();
    for (String email : person.emails()) {
      if (dice.chance(0.45 * (1 - missing))) {
        emailTexts.add(email(email));
      }
    }
    List<Handle> usernames = new ArrayList<>();
    if (source == Source.INTELLIGENCE_REPORTS) {
      for (Account account : person.online().accounts()) {
        if (dice.chance(0.35)) {
          usernames.add(handle(account));
        }
      }
    }
    if (birth == null
        && ids.isEmpty()
        && addressTexts.isEmpty()
        && phoneTexts.isEmpty()
        && emailTexts.isEmpty()) {
      birth = dates.birth(person.birthDate());
    }
    return new PersonView(
        name,
        aliases,
        birth,
        place,
        sex(person.sex(), missing),
        nationalities,
        ids,
        addressTexts,
        phoneTexts,
        emailTexts,
        usernames);
  }

  String phone(PhoneNumber phone) {
    return phones.render(phone);
  }

  /** An account as written by a person or analyst, sometimes with a leading @ or other case. */
  Handle handle(Account account) {
    String handle = account.handle();
    int form = dice.below(100);
    if (form < 15) {
      handle = "@" + handle;
    } else if (form < 20) {
      handle = Character.toUpperCase(handle.charAt(0)) + handle.substring(1);
    }
    return new Handle(account.platform().name(), handle);
  }

  /** An e-mail address, sometimes with changed case (Sasha.Ivanov84@Mail.example). */
  String email(String email) {
    if (!dice.chance(profile.emailCase())) {
      return email;
    }
    int at = email.indexOf('@');
    return switch (dice.below(3)) {
      case 0 -> email.toUpperCase(Locale.ROOT);
      case 1 -> capitalise(email.substring(0, at)) + email.substring(at);
      default -> email.substring(0, at + 1) + capitalise(email.substring(at + 1));
    };
  }

  String nationality(Country country) {
    int form = dice.below(100);
    return form < 50
        ? country.alpha2()
        : form < 75 ? country.alpha3() : form < 97 ? country.name() : dice.pick(country.names());
  }

  private String place(Person person) {
    String city = person.birthCity().names().pick(dice, 0.3);
    return dice.chance(0.4) ? city + ", " + person.origin().name() : city;
  }

  private String sex(Sex sex, double missing) {
    if (dice.chance(missing / 2)) {
      return null;
    }
    if (dice.chance(0.03)) {
      return "U";
    }
    if (sex != Sex.X && dice.chance(profile.sexError())) {
      return sex.opposite().name();
    }
    return sex.name();
  }

  private static String capitalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '.' || c == '_';
    }
    return out.toString();
  }
}
