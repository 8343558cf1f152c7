package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.pipeline.LocalResolution;
import org.openresolve.core.pipeline.LocalResolver;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Address;
import org.openresolve.model.CryptoWallet;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.RecordKey;
import org.openresolve.model.Sex;
import org.openresolve.model.SourceKind;

/**
 * The whole chain without Spark on forty hand-made records, by the production in-memory runner:
 * blocking, comparison, unsupervised training and scoring with the default rule set. Same people
 * with typos, transliterations and exchanged names must link; different people sharing a surname or
 * a birth date must not.
 */
class HandMadeResolutionTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final LocalResolution RUN =
      new LocalResolver(RULES, null, List.of()).resolve(records());

  private static List<PersonRecord> records() {
    List<PersonRecord> r = new ArrayList<>();
    r.add(
        p("1", "aleksandr", "ivanov", PartialDate.of(1984, 7, 19), Sex.MALE)
            .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "45 09 123456"))
            .phone(new Phone("+79161234567", "8 916 123-45-67"))
            .build());
    r.add(
        p("2", "alexander", "ivanov", PartialDate.of(1984, 7, 19), Sex.MALE)
            .phone(new Phone("+79161234567", "+7 916 1234567"))
            .build());
    r.add(
        p("3", "ivanov", "aleksandr", PartialDate.of(1984, 7, 19), Sex.UNKNOWN)
            .identifier(new Identifier(IdentifierType.PASSPORT, null, "4509123465", "4509123465"))
            .account(new OnlineAccount("telegram", "ivan84", "@Ivan84"))
            .build());
    r.add(
        p("4", "sergei", "ivanov", PartialDate.of(1979, 2, 3), Sex.MALE)
            .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4511999888", "4511999888"))
            .build());
    r.add(p("5", "anna", "ivanova", PartialDate.of(1984, 7, 19), Sex.FEMALE).build());
    r.add(
        p("6", "maria", "garcia lopez", PartialDate.of(1990, 3, 4), Sex.FEMALE)
            .email(new Email("maria.g@example.com", "Maria.G@example.com"))
            .build());
    r.add(
        p("7", "maria", "garcia", PartialDate.of(1990, 4, 3), Sex.FEMALE)
            .email(new Email("maria.g@example.com", "maria.g@example.com"))
            .build());
    r.add(p("8", "mario", "garcia", PartialDate.of(1988, 11, 20), Sex.MALE).build());
    r.add(
        p("9", "john", "smith", PartialDate.of(1975, 5, 5), Sex.MALE)
            .identifier(
                new Identifier(
                    IdentifierType.DRIVING_LICENCE, "GB", "SMITH705055J99", "SMITH705055J99"))
            .build());
    r.add(
        p("10", "jon", "smyth", PartialDate.of(1975, 5, 5), Sex.MALE)
            .identifier(
                new Identifier(
                    IdentifierType.DRIVING_LICENCE, "GB", "SMITH705055J99", "SMITH705055J99"))
            .build());
    r.add(
        p("11", "john", "smith", PartialDate.of(1962, 10, 10), Sex.MALE)
            .identifier(
                new Identifier(
                    IdentifierType.DRIVING_LICENCE, "GB", "SMITH610102J88", "SMITH610102J88"))
            .build());
    r.add(
        p("12", "mohammed", "al rashid", PartialDate.of(1981, 1, 1), Sex.MALE)
            .phone(new Phone("+4915112345678", "0151 12345678"))
            .build());
    r.add(
        p("13", "muhammad", "al rashid", PartialDate.of(1981, 1, 1), Sex.MALE)
            .phone(new Phone("+4915112345678", "+49 151 12345678"))
            .build());
    r.add(
        p("14", "wei", "chen", PartialDate.of(1992, 8, 8), Sex.MALE)
            .wallet(new CryptoWallet("BTC", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"))
            .build());
    r.add(
        p("15", "chen", "wei", PartialDate.of(1992, 8, 8), Sex.UNKNOWN)
            .wallet(new CryptoWallet("BTC", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"))
            .build());
    r.add(p("16", "li", "chen", PartialDate.of(1992, 8, 8), Sex.FEMALE).build());
    r.add(
        p("17", "olga", "petrova", PartialDate.of(1970, 12, 1), Sex.FEMALE)
            .identifier(new Identifier(IdentifierType.NATIONAL_ID, "UA", "AB123456", "AB123456"))
            .build());
    r.add(
        p("18", "olga", "petrova", PartialDate.of(1970, 12, 1), Sex.FEMALE)
            .identifier(new Identifier(IdentifierType.NATIONAL_ID, "UA", "AB123456", "AB 123456"))
            .build());
    r.add(
        p("19", "olga", "petrenko", PartialDate.of(1971, 6, 6), Sex.FEMALE)
            .identifier(new Identifier(IdentifierType.NATIONAL_ID, "UA", "KC998877", "KC998877"))
            .build());
    r.add(p("20", "james", "wilson", PartialDate.of(1985, 9, 9), Sex.MALE).build());
    r.add(p("21", "james", "willson", PartialDate.of(1985, 9, 9), Sex.MALE).build());
    r.add(p("22", "peter", "james", PartialDate.of(1985, 9, 9), Sex.MALE).build());
    r.add(p("23", "fatima", "zahra", PartialDate.of(1995, 2, 14), Sex.FEMALE).build());
    r.add(p("24", "pierre", "dubois", PartialDate.of(1966, 6, 30), Sex.MALE).build());
    r.add(p("25", "hans", "mueller", PartialDate.of(1959, 3, 12), Sex.MALE).build());
    r.add(p("26", "giulia", "rossi", PartialDate.of(2001, 11, 2), Sex.FEMALE).build());
    r.add(p("27", "kofi", "mensah", PartialDate.of(1987, 4, 25), Sex.MALE).build());
    r.add(p("28", "ana", "silva", PartialDate.of(1993, 7, 7), Sex.FEMALE).build());
    r.add(p("29", "tomasz", "nowak", PartialDate.of(1978, 8, 18), Sex.MALE).build());
    r.add(p("30", "sven", "larsson", PartialDate.of(1969, 1, 21), Sex.MALE).build());
    // A household sharing phones: father and son of one name, twins, a brother and sister. The
    // shared phone weighs nothing once given names or birth dates disagree (weightless_when).
    r.add(
        p("31", "viktor", "orlov", PartialDate.of(1958, 3, 2), Sex.MALE)
            .phone(new Phone("+79031112233", "+7 903 111-22-33"))
            .build());
    r.add(
        p("32", "viktor", "orlov", PartialDate.of(1984, 7, 11), Sex.MALE)
            .phone(new Phone("+79031112233", "8 903 1112233"))
            .build());
    r.add(
        p("33", "burak", "simsek", PartialDate.of(1988, 4, 16), Sex.MALE)
            .phone(new Phone("+447700900555", "07700 900555"))
            .build());
    r.add(
        p("34", "osman", "simsek", PartialDate.of(1988, 4, 16), Sex.MALE)
            .phone(new Phone("+447700900555", "07700900555"))
            .build());
    r.add(
        p("35", "svetlana romanovna", "petrova", PartialDate.of(2010, 1, 6), Sex.FEMALE)
            .phone(new Phone("+37120001122", "20001122"))
            .build());
    r.add(
        p("36", "artem romanovich", "petrov", PartialDate.of(2010, 2, 25), Sex.MALE)
            .phone(new Phone("+37120001122", "+371 2000 1122"))
            .build());
    // One name and birth date, recorded once as a man and once as a woman.
    r.add(p("37", "alex", "morgan", PartialDate.of(1991, 10, 3), Sex.MALE).build());
    r.add(p("38", "alex", "morgan", PartialDate.of(1991, 10, 3), Sex.FEMALE).build());
    // Father and son told apart only by Jr. and Sr., with no birth date and one address.
    r.add(
        suffixed("39", "robert", "king", "sr")
            .address(new Address("12 Elm Street Leeds", "12 elm street leeds", null, null, "GB"))
            .build());
    r.add(
        suffixed("40", "robert", "king", "jr")
            .address(new Address("12 Elm Street Leeds", "12 elm street leeds", null, null, "GB"))
            .build());
    return r;
  }

  private static PersonRecord.Builder suffixed(
      String id, String given, String family, String suffix) {
    String full = given + " " + family + " " + suffix;
    return PersonRecord.builder(
            new RecordKey(
                id.compareTo("15") < 0 ? "crim" : "intel", SourceKind.CSV, id, "0".repeat(64)))
        .name(
            new PersonName(
                NameType.PRIMARY, full, "Latn", given + " " + family, given, family, null, suffix))
        .sex(Sex.MALE);
  }

  private static PersonRecord.Builder p(
      String id, String given, String family, PartialDate born, Sex sex) {
    String full = given + " " + family;
    return PersonRecord.builder(
            new RecordKey(
                id.compareTo("15") < 0 ? "crim" : "intel", SourceKind.CSV, id, "0".repeat(64)))
        .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null))
        .birthDate(born)
        .sex(sex);
  }

  private static String key(String id) {
    return (id.compareTo("15") < 0 ? "crim" : "intel") + ":" + id;
  }

  private static double probability(String a, String b) {
    return RUN.pair(key(a), key(b)).map(p -> p.decision().probability()).orElse(0.0);
  }

  @ParameterizedTest(name = "{0} and {1} link: {2}")
  @CsvSource({
    "1, 2, transliterated given name, same phone",
    "1, 3, exchanged names and a passport number with two digits transposed",
    "6, 7, shorter family name and day and month swapped, same e-mail",
    "9, 10, typos in both names, same licence",
    "12, 13, transliteration of the given name, same phone",
    "14, 15, exchanged names, same wallet",
    "17, 18, exact duplicate",
    "20, 21, one letter doubled in the family name",
  })
  void samePersonLinks(String a, String b, String why) {
    assertThat(probability(a, b))
        .as(why)
        .isGreaterThanOrEqualTo(RULES.thresholds().matchProbability());
  }

  @ParameterizedTest(name = "{0} and {1} do not link: {2}")
  @CsvSource({
    "1, 4, same family name, different given name, birth date and passport",
    "1, 5, same birth date and similar family name, different given name and sex",
    "9, 11, same name, different birth date and licence",
    "14, 16, same family name and birth date, different given name and sex",
    "17, 19, same given name, similar family name, different identifier",
    "20, 22, same birth date, one name word shared across parts",
    "6, 8, similar given name and same family name, different birth date and sex",
    "35, 36, brother and sister: same patronymic and phone, different given names and sex",
    "31, 32, father and son: same name and phone, birth dates 26 years apart",
    "33, 34, twins: same family name birth date and phone, different given names",
    "37, 38, same name and birth date, one a man and the other a woman",
    "39, 40, Sr. and Jr. of one name at one address",
  })
  void differentPeopleDoNotLink(String a, String b, String why) {
    assertThat(probability(a, b)).as(why).isLessThan(RULES.thresholds().matchProbability());
  }

  @Test
  void everyTruePairWasFoundByBlocking() {
    assertThat(RUN.pair(key("2"), key("3"))).isPresent();
    assertThat(RUN.blocks().oversizeBlocks()).isZero();
  }
}
