package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinFolderTest {
  private final LatinFolder folder = new LatinFolder();

  @Test
  void transliteratesCyrillicToLatin() {
    assertThat(folder.fold("Александр Иванов")).isEqualTo("aleksandr ivanov");
  }

  @ParameterizedTest
  @CsvSource({
    "Юлия Жуковская, yuliya zhukovskaya",
    "Фёдор Щукин, fedor shchukin",
    "Сергей Кузнецов, sergey kuznetsov",
    "Анастасия Синицына, anastasiya sinitsyna"
  })
  void transliteratesRussianWithBgnPcgnNotIso9(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @Test
  void dropsSoftAndHardSigns() {
    assertThat(folder.fold("Ольга Подъячева")).isEqualTo("olga podyacheva");
  }

  @Test
  void dropsBgnSeparatorDot() {
    assertThat(folder.fold("Тсой")).isEqualTo("tsoy");
  }

  @Test
  void usesUkrainianTableWhenUkrainianLettersOccur() {
    assertThat(folder.fold("Євген Шевченко")).isEqualTo("yevhen shevchenko");
  }

  @Test
  void usesSerbianTableWhenSerbianLettersOccur() {
    assertThat(folder.fold("Ђорђе Јовановић")).isEqualTo("dorde jovanovic");
  }

  @ParameterizedTest
  @CsvSource({"Γιώργος Παπαδόπουλος, giorgos papadopoulos", "Ελένη, eleni", "Χρήστος, christos"})
  void transliteratesGreekInModernPronunciation(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @Test
  void transliteratesArabicKeepingLongVowels() {
    assertThat(folder.fold("يوسف علي")).isEqualTo("yusf ali");
  }

  @Test
  void transliteratesArabicWithoutShortVowelsToConsonants() {
    assertThat(folder.fold("محمد")).isEqualTo("mhmd");
  }

  @Test
  void transliteratesHebrewToConsonantSkeleton() {
    assertThat(folder.fold("דוד כהן")).isEqualTo("dwd khn");
  }

  @Test
  void transliteratesHanToPinyinOneWordPerCharacter() {
    assertThat(folder.fold("王云云")).isEqualTo("wang yun yun");
  }

  @Test
  void transliteratesHangul() {
    assertThat(folder.fold("김민준")).isEqualTo("gimminjun");
  }

  @Test
  void transliteratesKatakanaAndSplitsAtMiddleDot() {
    assertThat(folder.fold("キム・ミンジュン")).isEqualTo("kimu minjun");
  }

  @Test
  void transliteratesHiragana() {
    assertThat(folder.fold("やまだ たろう")).isEqualTo("yamada tarou");
  }

  @Test
  void removesDiacritics() {
    assertThat(folder.fold("José Müller")).isEqualTo("jose muller");
  }

  @ParameterizedTest
  @CsvSource({"Straße, strasse", "Søren, soren", "Łukasz, lukasz", "Þór, thor", "Æsa, aesa"})
  void foldsLettersThatDoNotDecompose(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"O'Brien|obrien", "O’Brien|obrien", "O`Brien|obrien", "O´Brien|obrien"})
  void removesApostrophes(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @Test
  void turnsHyphensAndPunctuationIntoSpaces() {
    assertThat(folder.fold("Garcia-Lopez, J.R.")).isEqualTo("garcia lopez j r");
  }

  @Test
  void collapsesAndTrimsWhitespace() {
    assertThat(folder.fold("  Anna \t\u00A0 Maria  ")).isEqualTo("anna maria");
  }

  @Test
  void foldsFullWidthFormsAndLigatures() {
    assertThat(folder.fold("ＩＶＡＮＯＶ ﬁlip")).isEqualTo("ivanov filip");
  }

  @Test
  void writesDigitsOfAnyScriptInAscii() {
    assertThat(folder.fold("دار ٣٤")).isEqualTo("dar 34");
  }

  @Test
  void returnsEmptyWhenNothingButPunctuationIsLeft() {
    assertThat(folder.fold(" -- ., ")).isEmpty();
  }

  @Test
  void foldsMixedScriptsInOneText() {
    assertThat(folder.fold("Иван Smith 王")).isEqualTo("ivan smith wang");
  }

  @Test
  void givesTheSameResultsOnManyThreadsAtOnce() throws Exception {
    List<String> names = List.of("Александр Иванов", "王云云", "José Müller", "Ελένη", "يوسف");
    List<String> expected = names.stream().map(folder::fold).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results =
          IntStream.range(0, 8)
              .mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              IntStream.range(0, 200)
                                  .mapToObj(j -> folder.fold(names.get(j % names.size())))
                                  .toList()))
              .toList();
      for (Future<List<String>> result : results) {
        assertThat(result.get())
            .allSatisfy(folded -> assertThat(expected).contains(folded))
            .hasSize(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "សុខា, sokha",
    "ចាន់ ដារ៉ា, chan dara",
    "សុភាព, sopheap",
    "សំណាង, samnang",
    "ស្រី, srey",
    "ពេជ្រ, pech",
    "គីម, kim"
  })
  void readsKhmerAsCambodianNamesAreSpelt(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({"አበበ, abebe", "ተስፋዬ, tesfaye", "መሠረት, meseret", "እስክንድር, eskndr"})
  void readsEthiopicWithThePassportVowels(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({
    "राहुल शर्मा, rahul sharma",
    "सुरेश, suresh",
    "कृष्ण, krishna",
    "चंद, chand",
    "রহিম, rahim",
    "মোহাম্মদ, mohammad",
    "முருகன், murugan",
    "செல்வம், selvam",
    "பிச்சை, pichai",
    "ประยุทธ์, prayuth",
    "ทักษิณ ชินวัตร, thaksin chinwatr"
  })
  void readsIndianAndThaiScriptsAsNamesAreSpeltInEnglish(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({"გიორგი, giorgi", "Արամ, aram", "မောင်, maung"})
  void readsGeorgianArmenianAndBurmeseWithIcu(String written, String folded) {
    assertThat(folder.fold(written)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({"ኃይሌ ገብረሥላሴ", "ጓደኛ", "ឞ្ក៍", "ทักษิณ", "தமிழ்"})
  void foldsEveryScriptToAscii(String written) {
    assertThat(folder.fold(written)).matches("[a-z0-9 ]*");
  }
}
