package org.openresolve.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Creates true persons: strangers, and relatives of a person (children, namesake sons, twins,
 * siblings, spouses) who share what real relatives share (family name, father's name in the middle,
 * home address and landline, birth date for twins) and so make the hard negatives.
 */
final class PersonFactory {
  private static final int DATA_YEAR = 2026;
  private static final int YOUNGEST_BIRTH_YEAR = 2010;
  private static final String RESIDENCE_HUBS = "GB:30 DE:15 FR:12 ES:10 IT:10 NL:8 GR:6 PL:5 BE:4";
  private final Catalogue catalogue;
  private final DifficultyProfile profile;
  private final Dice dice;
  private final UniqueValues issued;
  private final SharedContacts shared;
  private final IdentifierFactory identifiers;
  private final OnlineFactory online;
  private final WeightedList<Culture> cultures;
  private final Map<Culture, WeightedList<Country>> homes = new EnumMap<>(Culture.class);
  private final WeightedList<Country> hubs;

  PersonFactory(Catalogue catalogue, DifficultyProfile profile, Dice dice) {
    this.catalogue = catalogue;
    this.profile = profile;
    this.dice = dice;
    this.issued = new UniqueValues(26);
    this.shared = new SharedContacts(dice, issued);
    this.identifiers = new IdentifierFactory(dice, issued);
    this.online =
        new OnlineFactory(
            catalogue.platforms(),
            catalogue.texts().handleAdjectives(),
            catalogue.texts().handleNouns(),
            dice,
            issued);
    List<Culture> all = List.of(Culture.values());
    this.cultures = new WeightedList<>(all, all.stream().map(Culture::weight).toList());
    for (Culture c : all) {
      homes.put(c, catalogue.countries().weighted(c.homeCountries()));
    }
    this.hubs = catalogue.countries().weighted(ResourceLines.list(RESIDENCE_HUBS, ' '));
  }

  Person stranger(String id) {
    Draft d = new Draft(id, cultures.pick(dice), randomSex());
    d.given = pool(d.culture).given(d.sex, dice);
    d.families = newFamilies(d.culture);
    d.familyParts = parts(d.families, d.sex, null);
    d.father = pool(d.culture).given(Sex.M, dice);
    d.middle = middle(d.culture, d.sex, d.father);
    d.birth = birthDate();
    d.origin = homes.get(d.culture).pick(dice);
    d.residence = dice.chance(0.45) ? d.origin : hubs.pick(dice);
    d.home = Address.random(d.residence, dice);
    d.landline = dice.chance(0.25) ? PhoneNumber.landline(d.residence, dice, issued) : null;
    return build(d);
  }

  /** Whether {@code parent} is old enough for {@link #child}. */
  static boolean canHaveAdultChild(Person parent) {
    return parent.birthDate().getYear() + 18 <= YOUNGEST_BIRTH_YEAR;
  }

  Person child(String id, Person parent) {
    Draft d = kin(id, parent, randomSex(), false);
    d.given = pool(d.culture).given(d.sex, dice);
    d.father = parent.sex() == Sex.M ? parent.givenName() : pool(d.culture).given(Sex.M, dice);
    d.middle = middle(d.culture, d.sex, d.father);
    d.birth = later(parent.birthDate(), 18, 40);
    // Children of migrants are often born where their parents live.
    if (parent.residence() != parent.origin() && dice.chance(0.6)) {
      d.origin = parent.residence();
    }
    return build(d);
  }

  /** A son with his father's full name: the father/son hard negative, Jr./Sr. when given. */
  Person namesake(String id, Person father, String suffix) {
    Draft d = kin(id, father, Sex.M, false);
    d.given = father.givenName();
    d.father = father.givenName();
    d.givenPart = father.name().given();
    d.middle =
        switch (d.culture.middleStyle()) {
          case PATRONYMIC -> father.givenName().patronymicFor(Sex.M);
          case NASAB, FATHERS_NAME -> father.givenName().name();
          default -> father.name().middle() == null ? null : father.name().middle().entry();
        };
    d.birth = later(father.birthDate(), 20, 35);
    d.suffix = suffix;
    return build(d);
  }

  Person twin(String id, Person sibling) {
    Draft d = sibling(id, sibling, randomSex());
    d.birth = sibling.birthDate();
    return build(d);
  }

  Person sibling(String id, Person sibling) {
    Draft d = sibling(id, sibling, randomSex());
    LocalDate birth = sibling.birthDate().plusDays(dice.between(-12 * 365, 12 * 365));
    d.birth = birth.getYear() > YOUNGEST_BIRTH_YEAR ? birth.minusYears(12) : birth;
    return build(d);
  }

  Person spouse(String id, Person partner) {
    Sex sex = partner.sex() == Sex.X ? randomSex() : partner.sex().opposite();
    Culture culture = dice.chance(0.8) ? partner.culture() : cultures.pick(dice);
    Draft d = new Draft(id, culture, sex);
    d.given = pool(culture).given(sex, dice);
    d.father = pool(culture).given(Sex.M, dice);
    d.middle = middle(culture, sex, d.father);
    List<FamilyName> own = newFamilies(culture);
    if (culture == partner.culture() && culture.wifeTakesName() && dice.chance(0.7)) {
      d.families = partner.families();
      d.familyParts = parts(partner.families(), sex, partner.name().family());
      if (sex == Sex.F) {
        d.maiden = parts(own, sex, null);
      }
    } else {
      d.families = own;
      d.familyParts = parts(own, sex, null);
    }
    LocalDate birth = partner.birthDate().plusDays(dice.between(-6 * 365, 6 * 365));
    d.birth = birth.getYear() > YOUNGEST_BIRTH_YEAR ? birth.minusYears(6) : birth;
    d.origin =
        culture == partner.culture() && dice.chance(0.7)
            ? partner.origin()
            : homes.get(culture).pick(dice);
    d.residence = partner.residence();
    d.home = partner.addresses().get(0);
    d.landline = partner.landline();
    return build(d);
  }

  private Draft sibling(String id, Person sibling, Sex sex) {
    Draft d = kin(id, sibling, sex, true);
    GivenName given = pool(d.culture).given(sex, dice);
    for (int tries = 0; tries < 5 && given.name().equals(sibling.givenName().name()); tries++) {
      given = pool(d.culture).given(sex, dice);
    }
    d.given = given;
    GivenName father =
        sibling.father() != null ? sibling.father() : pool(d.culture).given(Sex.M, dice);
    d.middle =
        d.culture.middleStyle() == MiddleStyle.SECOND_GIVEN
                || d.culture.middleStyle() == MiddleStyle.LEADING
            ? middle(d.culture, sex, father)
            : fatherDerived(d.culture, sex, father);
    d.father = father;
    d.origin = sibling.origin();
    d.birthCity = dice.chance(0.8) ? sibling.birthCity() : null;
    return d;
  }

  /**
   * Someone of {@code relative}'s family: same culture, inherited family names, often the same
   * home. Siblings ({@code sameParents}) keep both Spanish surnames; a child gets a new maternal
   * one.
   */
  private Draft kin(String id, Person relative, Sex sex, boolean sameParents) {
    Draft d = new Draft(id, relative.culture(), sex);
    d.families = new ArrayList<>(relative.families());
    if (d.culture.surnames() == 2 && !sameParents) {
      // Spanish: the paternal surname is kept, the maternal one comes from the other parent.
      d.families.set(1, pool(d.culture).family(dice));
    }
    d.familyParts = parts(d.families, sex, relative.name().family());
    d.origin = relative.origin();
    d.residence = relative.residence();
    boolean together = dice.chance(0.75);
    d.home = together ? relative.addresses().get(0) : Address.random(relative.residence(), dice);
    d.landline = together ? relative.landline() : null;
    return d;
  }

  private Person build(Draft d) {
    NamePart givenPart = d.givenPart != null ? d.givenPart : NamePart.of(d.given.name(), dice);
    TrueName name =
        new TrueName(
            d.culture,
            d.sex,
            givenPart,
            d.middle == null ? null : NamePart.of(d.middle, dice),
            d.familyParts,
            d.suffix);
    List<TrueName> otherNames = new ArrayList<>();
    if (d.maiden != null) {
      otherNames.add(name.withFamily(d.maiden));
    }
    if (dice.chance(profile.falseIdentity())) {
      Culture culture = dice.chance(0.8) ? d.culture : cultures.pick(dice);
      Sex sex = d.sex == Sex.X ? Sex.M : d.sex;
      otherNames.add(
          new TrueName(
              culture,
              sex,
              NamePart.of(pool(culture).given(sex, dice).name(), dice),
              null,
              parts(newFamilies(culture), sex, null),
              ""));
    }
    Country origin = d.origin;
    City birthCity = d.birthCity != null ? d.birthCity : dice.pick(origin.cities());
    List<Country> nationalities = new ArrayList<>(List.of(origin));
    if (d.residence != origin && dice.chance(0.2)) {
      nationalities.add(d.residence);
    }
    List<Address> addresses = new ArrayList<>(List.of(d.home));
    if (dice.chance(0.25)) {
      addresses.add(Address.random(d.residence, dice));
    }
    if (dice.chance(profile.safeHouse())) {
      addresses.add(shared.safeHouse(d.residence));
    }
    List<PhoneNumber> phones = new ArrayList<>();
    for (int i = dice.chance(0.65) ? 1 : dice.chance(0.8) ? 2 : 3; i > 0; i--) {
      phones.add(PhoneNumber.mobile(d.residence, dice, issued));
    }
    if (origin != d.residence && dice.chance(0.12)) {
      phones.add(PhoneNumber.mobile(origin, dice, issued));
    }
    if (d.landline != null) {
      phones.add(d.landline);
    }
    if (dice.chance(profile.burner())) {
      phones.add(shared.burner(d.residence));
    }
    OnlinePresence presence = online.create(name, d.birth);
    List<String> emails = online.emails(name, d.birth, presence.handle(), d.residence, origin);
    return new Person(
        d.id,
        d.culture,
        d.sex,
        d.given,
        d.families,
        name,
        otherNames,
        d.birth,
        origin,
        birthCity,
        nationalities,
        d.residence,
        addresses,
        phones,
        emails,
        identifiers.forPerson(name, d.birth, nationalities, d.residence),
        presence,
        d.father);
  }

  private NameEntry middle(Culture culture, Sex sex, GivenName father) {
    return switch (culture.middleStyle()) {
      case NONE -> null;
      case SECOND_GIVEN -> dice.chance(0.45) ? pool(culture).given(sex, dice).name() : null;
      case LEADING -> pool(culture).listedMiddle(sex, dice);
      case PATRONYMIC, FATHERS_NAME, NASAB -> fatherDerived(culture, sex, father);
    };
  }

  private NameEntry fatherDerived(Culture culture, Sex sex, GivenName father) {
    return switch (culture.middleStyle()) {
      case PATRONYMIC -> father.patronymicFor(sex);
      case FATHERS_NAME -> dice.chance(0.6) ? father.name() : null;
      case NASAB -> dice.chance(0.7) ? father.name() : null;
      default -> null;
    };
  }

  private List<FamilyName> newFamilies(Culture culture) {
    List<FamilyName> families = new ArrayList<>();
    for (int i = 0; i < culture.surnames(); i++) {
      families.add(pool(culture).family(dice));
    }
    return families;
  }

  /**
   * Family name parts in the right gender, keeping a relative's romanisation where the entry is
   * shared.
   */
  private List<NamePart> parts(List<FamilyName> families, Sex sex, List<NamePart> relatives) {
    List<NamePart> parts = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      NameEntry entry = families.get(i).forSex(sex);
      if (relatives != null && i < relatives.size() && dice.chance(0.85)) {
        parts.add(
            new NamePart(
                entry, Math.min(relatives.get(i).preferred(), entry.romanisations().size() - 1)));
      } else {
        parts.add(NamePart.of(entry, dice));
      }
    }
    return parts;
  }

  private Sex randomSex() {
    // Police data is mostly male; a few records are of people registered as neither.
    return dice.chance(0.003) ? Sex.X : dice.chance(0.68) ? Sex.M : Sex.F;
  }

  private LocalDate birthDate() {
    int age = dice.chance(0.7) ? dice.between(17, 40) : dice.between(41, 80);
    return LocalDate.of(DATA_YEAR - age, 1, 1).plusDays(dice.below(365));
  }

  private LocalDate later(LocalDate from, int minYears, int maxYears) {
    LocalDate birth = from.plusYears(dice.between(minYears, maxYears)).plusDays(dice.below(365));
    while (birth.getYear() > YOUNGEST_BIRTH_YEAR) {
      birth = birth.minusYears(1);
    }
    return birth;
  }

  private NamePool pool(Culture culture) {
    return catalogue.names(culture);
  }

  /**
   * A person under construction: the parts a relation fixes, the rest filled in by {@link #build}.
   */
  private static final class Draft {
    final String id;
    final Culture culture;
    final Sex sex;
    GivenName given;
    NamePart givenPart;
    NameEntry middle;
    GivenName father;
    List<FamilyName> families;
    List<NamePart> familyParts;
    List<NamePart> maiden;
    LocalDate birth;
    Country origin;
    City birthCity;
    Country residence;
    Address home;
    PhoneNumber landline;
    String suffix = "";

    Draft(String id, Culture culture, Sex sex) {
      this.id = id;
      this.culture = culture;
      this.sex = sex;
    }
  }
}
