package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicLatinTest {
  @ParameterizedTest
  @CsvSource({"يوسف, yusf", "حسين, hsin", "نور, nur", "محمود, mhmud", "سعيد, sid"})
  void readsWawAndYaBetweenConsonantsAsLongVowels(String arabic, String latin) {
    assertThat(ArabicLatin.transliterate(arabic)).isEqualTo(latin);
  }

  @ParameterizedTest
  @CsvSource({"ياسر, yasr", "وائل, wail"})
  void readsWawAndYaAtTheStartAsConsonants(String arabic, String latin) {
    assertThat(ArabicLatin.transliterate(arabic)).isEqualTo(latin);
  }

  @Test
  void writesShortVowelsOnlyWhenTheTextHasThem() {
    assertThat(ArabicLatin.transliterate("مُحَمَّد")).isEqualTo("muhamad");
  }

  @Test
  void mergesAWrittenShortVowelWithItsLongLetter() {
    assertThat(ArabicLatin.transliterate("يُوسُف")).isEqualTo("yusuf");
  }

  @ParameterizedTest
  @CsvSource({"خالد, khald", "شريف, shrif", "ذكي, dhki", "غازي, ghazi", "ثامر, thamr"})
  void writesConsonantsAsEnglishDigraphs(String arabic, String latin) {
    assertThat(ArabicLatin.transliterate(arabic)).isEqualTo(latin);
  }

  @ParameterizedTest
  @CsvSource({"علي, ali", "عمر, amr", "عائشة, aisha", "عيسى, isa"})
  void readsInitialAynAsAOnlyBeforeAConsonant(String arabic, String latin) {
    assertThat(ArabicLatin.transliterate(arabic)).isEqualTo(latin);
  }

  @Test
  void writesFinalTaMarbutaAsA() {
    assertThat(ArabicLatin.transliterate("فاطمة")).isEqualTo("fatma");
  }

  @Test
  void separatesTheArticleFromALongerWord() {
    assertThat(ArabicLatin.transliterate("الرشيد")).isEqualTo("al rshid");
  }

  @Test
  void spellsNameWordsTheWayTheyAreUsuallyWritten() {
    assertThat(ArabicLatin.transliterate("عبد الله بن محمد")).isEqualTo("abd allah bin mhmd");
  }

  @ParameterizedTest
  @CsvSource({"عبدالرحمن, abd al rhmn", "عبدالله, abd allah"})
  void separatesAbdFromTheNameItIsWrittenWith(String arabic, String latin) {
    assertThat(ArabicLatin.transliterate(arabic)).isEqualTo(latin);
  }

  @Test
  void transliteratesPersianLetters() {
    assertThat(ArabicLatin.transliterate("پژمان")).isEqualTo("pzhman");
  }

  @Test
  void ignoresTatweel() {
    assertThat(ArabicLatin.transliterate("مـحـمـد")).isEqualTo("mhmd");
  }

  @Test
  void passesOtherCharactersThrough() {
    assertThat(ArabicLatin.transliterate("Ali (علي) 12")).isEqualTo("Ali (ali) 12");
  }
}
