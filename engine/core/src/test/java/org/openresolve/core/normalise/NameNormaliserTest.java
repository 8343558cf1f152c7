package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonName;

class NameNormaliserTest {
  private final NameNormaliser names = new NameNormaliser();

  private PersonName parse(String asWritten) {
    return names.parseFullName(NameType.PRIMARY, asWritten);
  }

  @Test
  void readsCommaFormAsFamilyThenGivenNames() {
    assertThat(parse("IVANOV, Aleksandr Sergeyevich"))
        .isEqualTo(
            new PersonName(
                NameType.PRIMARY,
                "IVANOV, Aleksandr Sergeyevich",
                "Latn",
                "aleksandr sergeyevich ivanov",
                "aleksandr sergeyevich",
                "ivanov",
                null,
                null));
  }

  @Test
  void readsGivenNamesBeforeFamilyName() {
    PersonName name = parse("Anna Maria Schmidt");
    assertThat(name.given()).isEqualTo("anna maria");
    assertThat(name.family()).isEqualTo("schmidt");
    assertThat(name.latin()).isEqualTo("anna maria schmidt");
  }

  @ParameterizedTest
  @CsvSource({"IVANOV Aleksandr", "Aleksandr IVANOV"})
  void readsTheUpperCaseWordOfAMixedCaseNameAsFamily(String written) {
    PersonName name = parse(written);
    assertThat(name.family()).isEqualTo("ivanov");
    assertThat(name.given()).isEqualTo("aleksandr");
    assertThat(name.latin()).isEqualTo("aleksandr ivanov");
  }

  @Test
  void readsAllUpperCaseNameAsGivenThenFamily() {
    assertThat(parse("JOHN SMITH").family()).isEqualTo("smith");
  }

  @Test
  void doesNotTakeUpperCaseInitialsForTheFamilyName() {
    PersonName name = parse("J.R.R. Tolkien");
    assertThat(name.given()).isEqualTo("j r r");
    assertThat(name.family()).isEqualTo("tolkien");
  }

  @ParameterizedTest
  @CsvSource({
    "Ludwig van Beethoven, ludwig, van beethoven",
    "Ludwig van BEETHOVEN, ludwig, van beethoven",
    "Maria de la Cruz, maria, de la cruz",
    "Osama bin Laden, osama, bin laden",
    "Abu Bakr al-Baghdadi, abu bakr, al baghdadi",
    "Mohammed Abdul Karim, mohammed, abdul karim"
  })
  void keepsParticlesWithTheFamilyName(String written, String given, String family) {
    PersonName name = parse(written);
    assertThat(name.given()).isEqualTo(given);
    assertThat(name.family()).isEqualTo(family);
  }

  @Test
  void doesNotTakeACapitalisedParticleAloneForTheFamilyName() {
    PersonName name = parse("Ludwig VAN Beethoven");
    assertThat(name.given()).isEqualTo("ludwig");
    assertThat(name.family()).isEqualTo("van beethoven");
  }

  @Test
  void keepsCapitalisedParticlesBeforeTheUpperCaseFamilyName() {
    PersonName name = parse("DE LA CRUZ Maria");
    assertThat(name.given()).isEqualTo("maria");
    assertThat(name.family()).isEqualTo("de la cruz");
  }

  @Test
  void readsParticleAndSurnameAloneAsFamilyName() {
    PersonName name = parse("van Gogh");
    assertThat(name.given()).isNull();
    assertThat(name.family()).isEqualTo("van gogh");
  }

  @Test
  void keepsHyphenatedSurnameAsOneFamilyNameWithSpaces() {
    PersonName name = parse("Maria Garcia-Lopez");
    assertThat(name.family()).isEqualTo("garcia lopez");
    assertThat(name.latin()).isEqualTo("maria garcia lopez");
  }

  @Test
  void removesDiacritics() {
    assertThat(parse("José Müller").latin()).isEqualTo("jose muller");
  }

  @Test
  void removesApostrophes() {
    assertThat(parse("Seán O'Brien").family()).isEqualTo("obrien");
  }

  @ParameterizedTest
  @CsvSource({
    "Mr John Smith, mr",
    "Mrs. John Smith, mrs",
    "Dr. John Smith, dr",
    "Prof John Smith, prof",
    "Sheikh John Smith, sheikh",
    "Shaykh John Smith, sheikh",
    "Haji John Smith, haji",
    "Hajji John Smith, haji",
    "Sir John Smith, sir"
  })
  void movesHonorificsToTitle(String written, String title) {
    PersonName name = parse(written);
    assertThat(name.title()).isEqualTo(title);
    assertThat(name.latin()).isEqualTo("john smith");
  }

  @Test
  void keepsSeveralTitlesInOrder() {
    assertThat(parse("Prof. Dr. Hans Müller").title()).isEqualTo("prof dr");
  }

  @ParameterizedTest
  @CsvSource({
    "John Smith Jr, jr",
    "John Smith Jr., jr",
    "John Smith Junior, jr",
    "John Smith Sr., sr",
    "John Smith Senior, sr",
    "John Smith II, ii",
    "John Smith III, iii",
    "John Smith IV, iv"
  })
  void movesGenerationalSuffixesToSuffix(String written, String suffix) {
    PersonName name = parse(written);
    assertThat(name.suffix()).isEqualTo(suffix);
    assertThat(name.family()).isEqualTo("smith");
  }

  @Test
  void findsTitleAndSuffixInCommaForm() {
    PersonName name = parse("SMITH, Dr John, Jr.");
    assertThat(name.title()).isEqualTo("dr");
    assertThat(name.suffix()).isEqualTo("jr");
    assertThat(name.latin()).isEqualTo("john smith");
  }

  @Test
  void doesNotReadAsCommaFormWhenOnlyASuffixFollowsTheComma() {
    PersonName name = parse("John Smith, Jr.");
    assertThat(name.given()).isEqualTo("john");
    assertThat(name.family()).isEqualTo("smith");
  }

  @Test
  void keepsATitleWordThatIsTheWholeName() {
    PersonName name = parse("Haji");
    assertThat(name.title()).isNull();
    assertThat(name.latin()).isEqualTo("haji");
  }

  @Test
  void leavesPartsUnknownForASingleWord() {
    assertThat(parse("Madonna"))
        .isEqualTo(
            new PersonName(NameType.PRIMARY, "Madonna", "Latn", "madonna", null, null, null, null));
  }

  @Test
  void leavesPartsUnknownWhenATitleLeavesOneWord() {
    PersonName name = parse("Sheikh Ahmed");
    assertThat(name.title()).isEqualTo("sheikh");
    assertThat(name.latin()).isEqualTo("ahmed");
    assertThat(name.family()).isNull();
  }

  @Test
  void givesEmptyLatinWhenNothingUsableIsWritten() {
    assertThat(parse(" -- "))
        .isEqualTo(new PersonName(NameType.PRIMARY, " -- ", "Zyyy", "", null, null, null, null));
  }

  @Test
  void keepsTheNameTypeAndTheTextAsWritten() {
    PersonName name = names.parseFullName(NameType.ALIAS, " Sasha  Ivanov ");
    assertThat(name.type()).isEqualTo(NameType.ALIAS);
    assertThat(name.asWritten()).isEqualTo(" Sasha  Ivanov ");
  }

  @Test
  void transliteratesCyrillicName() {
    PersonName name = parse("Александр Иванов");
    assertThat(name.script()).isEqualTo("Cyrl");
    assertThat(name.given()).isEqualTo("aleksandr");
    assertThat(name.family()).isEqualTo("ivanov");
  }

  @Test
  void readsUpperCaseCyrillicWordAsFamily() {
    PersonName name = parse("ИВАНОВ Александр Сергеевич");
    assertThat(name.family()).isEqualTo("ivanov");
    assertThat(name.given()).isEqualTo("aleksandr sergeyevich");
  }

  @Test
  void transliteratesGreekName() {
    assertThat(parse("Γιώργος Παπαδόπουλος").latin()).isEqualTo("giorgos papadopoulos");
  }

  @Test
  void transliteratesArabicNameAndKeepsBinWithTheFamily() {
    PersonName name = parse("عبد الله بن محمد");
    assertThat(name.script()).isEqualTo("Arab");
    assertThat(name.given()).isEqualTo("abd allah");
    assertThat(name.family()).isEqualTo("bin mhmd");
  }

  @Test
  void transliteratesHebrewName() {
    PersonName name = parse("דוד כהן");
    assertThat(name.script()).isEqualTo("Hebr");
    assertThat(name.latin()).isEqualTo("dwd khn");
  }

  @Test
  void readsChineseNameFamilyFirstAndJoinsTheGivenSyllables() {
    assertThat(parse("王云云"))
        .isEqualTo(
            new PersonName(
                NameType.PRIMARY, "王云云", "Hani", "yunyun wang", "yunyun", "wang", null, null));
  }

  @Test
  void readsCompoundChineseSurname() {
    PersonName name = parse("欧阳修");
    assertThat(name.family()).isEqualTo("ouyang");
    assertThat(name.given()).isEqualTo("xiu");
  }

  @Test
  void readsSpacedChineseNameFamilyFirst() {
    assertThat(parse("王 云云").latin()).isEqualTo("yunyun wang");
  }

  @Test
  void leavesPartsUnknownForASingleHanCharacter() {
    PersonName name = parse("王");
    assertThat(name.latin()).isEqualTo("wang");
    assertThat(name.family()).isNull();
  }

  @Test
  void readsKoreanNameFamilyFirstWithThePassportSpellingOfTheSurname() {
    PersonName name = parse("김민준");
    assertThat(name.script()).isEqualTo("Hang");
    assertThat(name.family()).isEqualTo("kim");
    assertThat(name.given()).isEqualTo("minjun");
    assertThat(name.latin()).isEqualTo("minjun kim");
  }

  @Test
  void readsSpacedJapaneseNameFamilyFirst() {
    PersonName name = parse("やまだ たろう");
    assertThat(name.family()).isEqualTo("yamada");
    assertThat(name.given()).isEqualTo("tarou");
  }

  @Test
  void readsKatakanaWithMiddleDotInWesternOrder() {
    PersonName name = parse("ジョン・スミス");
    assertThat(name.script()).isEqualTo("Kana");
    assertThat(name.given()).isEqualTo("jon");
    assertThat(name.family()).isEqualTo("sumisu");
  }

  @Test
  void buildsNameFromParts() {
    assertThat(names.fromParts(NameType.PRIMARY, "Aleksandr", "IVANOV"))
        .isEqualTo(
            new PersonName(
                NameType.PRIMARY,
                "Aleksandr IVANOV",
                "Latn",
                "aleksandr ivanov",
                "aleksandr",
                "ivanov",
                null,
                null));
  }

  @Test
  void buildsNameFromFamilyNameAlone() {
    PersonName name = names.fromParts(NameType.PRIMARY, null, " Ivanov ");
    assertThat(name.asWritten()).isEqualTo("Ivanov");
    assertThat(name.given()).isNull();
    assertThat(name.family()).isEqualTo("ivanov");
  }

  @Test
  void buildsEmptyNameFromBlankParts() {
    assertThat(names.fromParts(NameType.PRIMARY, " ", null))
        .isEqualTo(new PersonName(NameType.PRIMARY, "", "Zyyy", "", null, null, null, null));
  }

  @Test
  void takesTitleFromGivenNamesAndSuffixFromFamilyName() {
    PersonName name = names.fromParts(NameType.PRIMARY, "Dr John", "SMITH JR");
    assertThat(name.title()).isEqualTo("dr");
    assertThat(name.suffix()).isEqualTo("jr");
    assertThat(name.latin()).isEqualTo("john smith");
  }

  @Test
  void buildsKoreanNameFromParts() {
    assertThat(names.fromParts(NameType.ORIGINAL_SCRIPT, "민준", "김").latin())
        .isEqualTo("minjun kim");
  }

  @Test
  void foldsAnyText() {
    assertThat(names.fold("Александр Иванов")).isEqualTo("aleksandr ivanov");
  }

  @ParameterizedTest
  @CsvSource({
    "Aleksandr Ivanov, Latn",
    "Александр Иванов, Cyrl",
    "محمد, Arab",
    "Γιώργος, Grek",
    "דוד כהן, Hebr",
    "王云云, Hani",
    "김민준, Hang",
    "ジョン・スミス, Kana",
    "やまだ, Hira",
    "Иванов Li, Cyrl",
    "12-34, Zyyy"
  })
  void namesTheScriptMostLettersAreWrittenIn(String text, String script) {
    assertThat(NameNormaliser.script(text)).isEqualTo(script);
  }

  @Test
  void givesTiedScriptsToTheOneMetFirst() {
    assertThat(NameNormaliser.script("Ab Вг")).isEqualTo("Latn");
  }

  @Test
  void readsARussianPatronymicAsAMiddleName() {
    PersonName name = parse("Mikhaylov Artem Andreyevich");
    assertThat(name.family()).isEqualTo("mikhaylov");
    assertThat(name.given()).isEqualTo("artem andreyevich");
  }

  @Test
  void readsGivenPatronymicFamilyOrderWithTheFamilyNameLast() {
    PersonName name = parse("Artem Andreyevich Mikhaylov");
    assertThat(name.family()).isEqualTo("mikhaylov");
    assertThat(name.given()).isEqualTo("artem andreyevich");
  }

  @ParameterizedTest
  @CsvSource({
    "Ivanova Svetlana Romanovna, ivanova",
    "Kuznetsova Anna Ilyinichna, kuznetsova",
    "Ulyanov Vladimir Ilyich, ulyanov",
    "Shevchenko Taras Hryhorovych, shevchenko",
    "Kovalenko Olena Petrivna, kovalenko",
    "Lukashenka Alyaksandr Ryhoravich, lukashenka"
  })
  void readsRussianUkrainianAndBelarusianPatronymicsAsMiddleNames(String written, String family) {
    assertThat(parse(written).family()).isEqualTo(family);
  }

  @Test
  void doesNotTakeAGermanNameInIchForAPatronymic() {
    assertThat(parse("Karl Heinrich Ulrich").family()).isEqualTo("ulrich");
  }

  @Test
  void keepsATwoWordNameEndingInOvichAsGivenAndFamily() {
    // Two words may be a Serbian "Ivan Petrovich" as well as a Russian given name and patronymic.
    assertThat(parse("Ivan Petrovich").family()).isEqualTo("petrovich");
  }
}
