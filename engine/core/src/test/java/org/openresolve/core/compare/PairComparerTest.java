package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.name;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.normalise.NameNormaliser;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Sex;

/** Behaviour of the default rule set's comparisons; level numbers are those of rules/default. */
class PairComparerTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final List<String> IDS = RULES.comparisons().stream().map(c -> c.id()).toList();
  private static final NameNormaliser NAMES = new NameNormaliser();
  private static final org.openresolve.model.Address ADDRESS =
      new org.openresolve.model.Address(
          "1220 Peachtree St NE, Atlanta", "1220 peachtree st ne atlanta", "atlanta", null, "US");

  private static ComparisonVector compare(PersonRecord a, PersonRecord b) {
    return COMPARER.compare(MatchView.of(a), MatchView.of(b));
  }

  private static String label(ComparisonVector v, String comparison) {
    int c = IDS.indexOf(comparison);
    return RULES.comparisons().get(c).levels().get(v.level(c)).label();
  }

  @Test
  void aGenerationalSuffixOnOneSideOnlyIsWeakEvidenceAgainstAndMakesTheSharedHomeWeightless() {
    // Principle: father and son share the name; "Robert King Jr" against an unmarked "Robert King"
    // at one address is most likely the two of them, so the shared home says nothing.
    PersonRecord junior =
        record("a")
            .name(NAMES.parseFullName(NameType.PRIMARY, "Robert King Jr"))
            .address(ADDRESS)
            .build();
    PersonRecord unmarked =
        record("b")
            .name(NAMES.parseFullName(NameType.PRIMARY, "Robert King"))
            .address(ADDRESS)
            .build();

    ComparisonVector v = compare(junior, unmarked);

    assertThat(label(v, "generation")).isEqualTo("suffix on one side only");
    int generation = IDS.indexOf("generation");
    assertThat(v.left(generation)).isEqualTo("jr");
    assertThat(v.right(generation)).isEmpty();
    assertThat(label(v, "address")).isEqualTo("exact");
    assertThat(RULES.comparisons().get(IDS.indexOf("address")).weightlessWhen())
        .contains(new org.openresolve.core.rules.LevelRef("generation", "suffix on one side only"));
  }

  @Test
  void noSuffixOnEitherSideIsMissing() {
    ComparisonVector v =
        compare(
            record("a").name(name("robert", "king")).build(),
            record("b").name(name("robert", "king")).build());

    assertThat(v.level(IDS.indexOf("generation"))).isZero();
  }

  @Test
  void transliterationVariantIsItsOwnLevelAndShowsBothValues() {
    ComparisonVector v =
        compare(
            record("a").name(name("dzhamshid", "ivanov")).build(),
            record("b").name(name("jamshied", "ivanov")).build());

    assertThat(label(v, "given_name")).isEqualTo("transliteration variant");
    assertThat(label(v, "family_name")).isEqualTo("exact");
    int given = IDS.indexOf("given_name");
    assertThat(v.left(given)).isEqualTo("dzhamshid");
    assertThat(v.right(given)).isEqualTo("jamshied");
  }

  /** A record with one name as a source writes it, in any script, normalised by the engine. */
  private static PersonRecord written(String id, String given, String family) {
    return record(id).name(NAMES.fromParts(NameType.PRIMARY, given, family)).build();
  }

  @Test
  void aNameWrittenInCyrillicMeetsItsLatinSpelling() {
    ComparisonVector v =
        compare(written("a", "Джамшид", "Хайдерсбах"), written("b", "Jamshied", "Heidersbach"));

    assertThat(label(v, "given_name")).isEqualTo("transliteration variant");
    assertThat(label(v, "family_name")).isEqualTo("transliteration variant");
  }

  @Test
  void anArabicFamilyNameWithTheArticleMeetsItsSpellingWithout() {
    ComparisonVector v = compare(written("a", "سعد", "القحطاني"), written("b", "Saad", "Qahtani"));

    assertThat(label(v, "family_name")).isEqualTo("transliteration variant");
  }

  @ParameterizedTest
  @CsvSource({
    "Bill, William",
    "Bob, Robert",
    "Liz, Elizabeth",
    "Peggy, Margaret",
    "Peggie, Margaret",
    "Howie, Howard",
    "Stan, Stanley",
    "Bernie, Bernard",
    "Wm, William",
    "Geo, George",
    "Mhd, Muhammad",
    "Mohd, Mohammed",
    "Md, Mohammad",
    "Sasha, Aleksandr",
    "Саша, Alexander",
    "Zhenya, Yevgeny",
    "Dima, Dmitriy",
    "Misha, Mikhail",
    "Ваня, Ivan",
    "Pepe, José",
    "Paco, Francisco",
    "Pancho, Francisco",
    "Hamoudi, Mohammed",
    "محمد, Muhammad",
    "Sepp, Josef",
    "Beppe, Giuseppe",
    "Kasia, Katarzyna"
  })
  void linksANicknameToTheNameItStandsFor(String nickname, String name) {
    ComparisonVector v = compare(written("a", nickname, "Smith"), written("b", name, "Smith"));

    assertThat(label(v, "given_name")).isEqualTo("nickname");
  }

  @Test
  void linksBillToWilliam() {
    ComparisonVector v =
        compare(
            record("a").name(name("bill", "clinton")).build(),
            record("b").name(name("william", "clinton")).build());

    assertThat(label(v, "given_name")).isEqualTo("nickname");
  }

  /** Two nicknames agree through the name they both stand for, never across names. */
  @ParameterizedTest
  @CsvSource({
    "billy, liam, nickname",
    "bill, bob, different",
    "sasha, shura, nickname",
    "sasha, vanya, different"
  })
  void nicknamesAgreeOnlyThroughOneName(String a, String b, String level) {
    ComparisonVector v =
        compare(
            record("a").name(name(a, "jones")).build(), record("b").name(name(b, "jones")).build());

    assertThat(label(v, "given_name")).isEqualTo(level);
  }

  @Test
  void aNameTwoGroupsShareLinksToBothButTheyStayApart() {
    assertThat(
            label(
                compare(written("a", "Alex", "Petrov"), written("b", "Alexandra", "Petrov")),
                "given_name"))
        .isEqualTo("nickname");
    assertThat(
            label(
                compare(written("a", "Alex", "Petrov"), written("b", "Alexander", "Petrov")),
                "given_name"))
        .isEqualTo("nickname");
  }

  @Test
  void exchangedGivenAndFamilyNamesStillAgree() {
    ComparisonVector v =
        compare(
            record("a").name(name("ivan", "petrov")).build(),
            record("b").name(name("petrov", "ivan")).build());

    assertThat(label(v, "given_name")).isEqualTo("exact");
    assertThat(label(v, "family_name")).isEqualTo("exact");
  }

  @Test
  void sharedWordAcrossPartsAloneIsNoExchange() {
    ComparisonVector v =
        compare(
            record("a").name(name("james", "wilson")).build(),
            record("b").name(name("peter", "james")).build());

    assertThat(label(v, "given_name")).isEqualTo("different");
  }

  @Test
  void bestOfSeveralNamesIsKept() {
    ComparisonVector v =
        compare(
            record("a").name(name("john", "smith")).name(name("abu", "bakr")).build(),
            record("b").name(name("abu", "bakr")).build());

    assertThat(label(v, "given_name")).isEqualTo("exact");
    assertThat(label(v, "family_name")).isEqualTo("exact");
  }

  @Test
  void typoInGivenNameIsVerySimilar() {
    ComparisonVector v =
        compare(
            record("a").name(name("katherine", "jones")).build(),
            record("b").name(name("katherina", "jones")).build());

    assertThat(label(v, "given_name")).isEqualTo("very similar");
  }

  @Test
  void absentFieldIsMissingWithNullValues() {
    ComparisonVector v =
        compare(record("a").build(), record("b").birthDate(PartialDate.of(1980, 1, 1)).build());

    int dob = IDS.indexOf("birth_date");
    assertThat(v.level(dob)).isZero();
    assertThat(v.left(dob)).isNull();
  }

  @Test
  void dayAndMonthSwappedIsItsOwnLevel() {
    ComparisonVector v =
        compare(
            record("a").birthDate(PartialDate.of(1984, 7, 3)).build(),
            record("b").birthDate(PartialDate.of(1984, 3, 7)).build());

    assertThat(label(v, "birth_date")).isEqualTo("day and month swapped");
  }

  @Test
  void oneMistypedDigitOfABirthDateIsOneDigitOff() {
    ComparisonVector v =
        compare(
            record("a").birthDate(PartialDate.of(1984, 7, 13)).build(),
            record("b").birthDate(PartialDate.of(1984, 7, 18)).build());

    assertThat(label(v, "birth_date")).isEqualTo("one digit off");
  }

  @Test
  void yearOnlyDateAgreesAtYearLevel() {
    ComparisonVector v =
        compare(
            record("a").birthDate(PartialDate.ofYear(1984)).build(),
            record("b").birthDate(PartialDate.of(1984, 7, 13)).build());

    assertThat(label(v, "birth_date")).isEqualTo("same year");
  }

  @Test
  void knownDifferentSexesConflict() {
    ComparisonVector v =
        compare(record("a").sex(Sex.MALE).build(), record("b").sex(Sex.FEMALE).build());

    assertThat(label(v, "sex")).isEqualTo("conflict");
  }

  @Test
  void unknownSexIsMissing() {
    ComparisonVector v = compare(record("a").sex(Sex.MALE).build(), record("b").build());

    assertThat(v.level(IDS.indexOf("sex"))).isZero();
  }

  @Test
  void passportWithTransposedDigitsIsOneCharacterOff() {
    ComparisonVector v =
        compare(
            record("a")
                .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "x"))
                .build(),
            record("b")
                .identifier(new Identifier(IdentifierType.PASSPORT, null, "4509124356", "x"))
                .build());

    assertThat(label(v, "identifier")).isEqualTo("one character off");
  }

  @Test
  void sameNumberUnderAnotherTypeIsSameNumber() {
    ComparisonVector v =
        compare(
            record("a")
                .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "x"))
                .build(),
            record("b")
                .identifier(new Identifier(IdentifierType.OTHER, null, "4509123456", "x"))
                .build());

    assertThat(label(v, "identifier")).isEqualTo("same number");
  }

  @Test
  void differentPassportNumbersOfOneIssuerAreSameKindDifferentNumber() {
    ComparisonVector v =
        compare(
            record("a")
                .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "x"))
                .build(),
            record("b")
                .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "7700111222", "x"))
                .build());

    assertThat(label(v, "identifier")).isEqualTo("same kind different number");
  }

  @Test
  void comparisonIsSymmetricInLevels() {
    PersonRecord a =
        record("a").name(name("jon", "smyth")).birthDate(PartialDate.of(1970, 5, 6)).build();
    PersonRecord b =
        record("b").name(name("smith", "john")).birthDate(PartialDate.of(1970, 6, 5)).build();

    assertThat(compare(a, b).pattern()).isEqualTo(compare(b, a).pattern());
    assertThat(compare(b, a).left(IDS.indexOf("birth_date"))).isEqualTo("1970-06-05");
  }

  @Test
  void siblingsSharingAPatronymicHaveDifferentGivenNames() {
    ComparisonVector v =
        compare(
            record("a").name(name("svetlana romanovna", "petrova")).build(),
            record("b").name(name("artem romanovich", "petrov")).build());

    assertThat(label(v, "given_name")).isEqualTo("different");
  }

  @Test
  void compoundGivenNamesCompareOnTheFirstName() {
    ComparisonVector v =
        compare(
            record("a").name(name("jose garcia", "gonzalez")).build(),
            record("b").name(name("miguel jorge garcia", "gonzalez")).build());

    assertThat(label(v, "given_name")).isEqualTo("different");
  }

  @Test
  void aMiddleNameOnOneSideOnlyLeavesTheGivenNameExact() {
    ComparisonVector v =
        compare(
            record("a").name(name("anna maria", "schmidt")).build(),
            record("b").name(name("anna", "schmidt")).build());

    assertThat(label(v, "given_name")).isEqualTo("exact");
  }

  @Test
  void oneOfTwoSpanishFamilyNamesIsShared() {
    ComparisonVector v =
        compare(
            record("a").name(name("jose", "garcia gonzalez")).build(),
            record("b").name(name("jose", "gonzalez")).build());

    assertThat(label(v, "family_name")).isEqualTo("one of two family names shared");
  }

  @Test
  void anInitialAgreesWithTheNameItAbbreviates() {
    ComparisonVector v =
        compare(
            record("a").name(name("osman", "simsek")).build(),
            record("b").name(name("osman", "s")).build());

    assertThat(label(v, "family_name")).isEqualTo("initial agrees");
  }

  @Test
  void exchangedPartsInAnotherScriptAndSpellingStillAgree() {
    ComparisonVector v =
        compare(written("a", "Иванов", "Александр"), written("b", "Alexander", "Iwanow"));

    assertThat(label(v, "given_name")).isIn("nickname", "transliteration variant");
    assertThat(label(v, "family_name")).isIn("very similar", "transliteration variant");
  }

  @Test
  void twoDifferentInitialsAreDifferentNotOneLetterOff() {
    ComparisonVector v = compare(written("a", "W.", "Smith"), written("b", "G.", "Smith"));

    assertThat(label(v, "given_name")).isEqualTo("different");
  }

  @Test
  void aGivenInitialAgreesWithTheName() {
    ComparisonVector v = compare(written("a", "J.", "Smith"), written("b", "John", "Smith"));

    assertThat(label(v, "given_name")).isEqualTo("initial agrees");
  }

  @ParameterizedTest
  @CsvSource({
    "García-López, García López, exact",
    "García-López, López, one of two family names shared"
  })
  void aHyphenatedFamilyNameAgreesWithItsSpacedFormAndEitherPart(String a, String b, String level) {
    ComparisonVector v = compare(written("a", "María", a), written("b", "María", b));

    assertThat(label(v, "family_name")).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource({
    "Abd al-Rahman, Abdulrahman, nickname",
    "Abd al-Majid, Abdulmajid, transliteration variant",
    "عبد المجيد, Abdel Majid, transliteration variant"
  })
  void abdAndTheNameAfterItAreOneGivenNameHoweverWritten(String a, String b, String level) {
    ComparisonVector v = compare(written("a", a, "Haddad"), written("b", b, "Haddad"));

    assertThat(label(v, "given_name")).isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource({
    "bin Laden, ibn Laden",
    "Al-Rashid, Rashid",
    "al-Rashid, Alrashid",
    "الرشيد, Al Rashid"
  })
  void arabicNameElementsWrittenDifferentlyStillAgree(String a, String b) {
    ComparisonVector v = compare(written("a", "Osama", a), written("b", "Osama", b));

    assertThat(label(v, "family_name"))
        .isNotEqualTo("different")
        .isNotEqualTo("possible transliteration");
  }

  /** The given-name comparison of two records of one family name. */
  private static ComparisonVector givenNames(String a, String b) {
    return compare(
        record("a").name(name(a, "nguyen")).build(), record("b").name(name(b, "nguyen")).build());
  }

  @ParameterizedTest
  @CsvSource({"ksenija, ksuysha", "sean, shawm", "wiliam, billy"})
  void linksAMisspeltNicknameToTheNameItStandsFor(String a, String b) {
    assertThat(label(givenNames(a, b), "given_name")).isEqualTo("misspelt nickname");
  }

  @ParameterizedTest
  @CsvSource({"olga, ksuysha", "ted, edd", "sasha, vanya"})
  void aNameNoListedNameIsALetterFromIsNoMisspeltNickname(String a, String b) {
    assertThat(label(givenNames(a, b), "given_name")).isNotEqualTo("misspelt nickname");
  }

  @ParameterizedTest
  @CsvSource({"thi hoa, h", "h, thi hoa", "t phong, phong", "william gary, gary"})
  void linksAFirstGivenNameToTheSameNameLaterInTheOther(String a, String b) {
    ComparisonVector v = givenNames(a, b);

    assertThat(label(v, "given_name")).isEqualTo("another given name agrees");
    assertThat(v.left(IDS.indexOf("given_name"))).isEqualTo(a);
  }

  @ParameterizedTest
  @CsvSource({
    "oleg aleksandrovich, a",
    "omar bin khalid, khalid",
    "jose garcia, miguel jorge garcia"
  })
  void aFathersNameOrASharedLaterNameIsNoOtherGivenName(String a, String b) {
    assertThat(label(givenNames(a, b), "given_name")).isEqualTo("different");
  }

  @Test
  void anInitialOfAnotherLetterIsDifferent() {
    ComparisonVector v =
        compare(
            record("a").name(name("osman", "simsek")).build(),
            record("b").name(name("osman", "k")).build());

    assertThat(label(v, "family_name")).isEqualTo("different");
  }
}
