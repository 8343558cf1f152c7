package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonName;

/**
 * Person names as written to {@link PersonName}: script, folded Latin form and, where the writing
 * shows them, given and family name. The chain for a full name:
 *
 * <ol>
 *   <li>NFKC, then the dominant script decides the reader: Han, Hangul and kana names are read
 *       family name first by {@link CjkNames}, all others as below;
 *   <li>split at commas into segments and at spaces into words; each word folded once by {@link
 *       LatinFolder} (CJK words without the spaces between syllables: 云云 is "yunyun");
 *   <li>leading honorifics of each segment to the title and trailing generational suffixes to the
 *       suffix ({@link NameWords}), unless nothing else would be left;
 *   <li>two or more segments: "FAMILY, Given names"; otherwise, in a mixed-case name, the run of
 *       all-upper-case words is the family name ("IVANOV Aleksandr"); otherwise "Given Family", the
 *       family being the last word with the particles before it ("van beethoven"), unless three or
 *       more words end in an East Slavic patronymic: then the order is Russian "Family Given
 *       Patronymic" ("Mikhaylov Artem Andreyevich"), the first word is the family name and the
 *       patronymic stays with the given names as a middle name;
 *   <li>a single word leaves given and family null: "Madonna" and "IVANOV" may be either, and a
 *       wrong guess would make a given name compare as a family name.
 * </ol>
 *
 * <p>Katakana names whose words are separated by the middle dot ・ are read in Western order
 * (ジョン・スミス is John Smith): Japanese uses that dot for transcribed foreign names.
 *
 * <p>Thread-safe; build one per partition, as it keeps per-thread ICU transliterators.
 */
public final class NameNormaliser {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Pattern COMMAS = Pattern.compile("[,\u060C]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CJK_SEPARATORS = Pattern.compile("[\\s,\u3001\u30FB\u00B7]+");

  private final LatinFolder folder = new LatinFolder();

  public NameNormaliser() {}

  /**
   * A full name as one text: "FAMILY, Given", "Given Family" or "IVANOV Aleksandr", with or without
   * titles and suffixes, in any script; see the class comment for the reading.
   */
  public PersonName parseFullName(NameType type, String asWritten) {
    requireNonNull(type, "type is null");
    requireNonNull(asWritten, "asWritten is null");
    String script = script(asWritten);
    String text = NFKC.normalize(asWritten);
    if (CjkNames.isCjk(script)) {
      return cjk(type, asWritten, script, text);
    }
    List<List<NameToken>> segments = new ArrayList<>();
    for (String segment : COMMAS.split(text)) {
      List<NameToken> words = tokens(SPACES.split(segment.strip()));
      if (!words.isEmpty()) {
        segments.add(words);
      }
    }
    NameAffixes affixes = NameAffixes.strip(segments);
    List<List<NameToken>> kept = affixes.kept().stream().filter(words -> !words.isEmpty()).toList();
    if (kept.size() >= 2) {
      List<NameToken> given = kept.subList(1, kept.size()).stream().flatMap(List::stream).toList();
      return name(type, asWritten, script, given, kept.get(0), affixes);
    }
    List<NameToken> words = kept.isEmpty() ? List.of() : kept.get(0);
    if (words.size() < 2) {
      return new PersonName(
          type, asWritten, script, join(words), null, null, affixes.title(), affixes.suffix());
    }
    int[] family = familyRange(words);
    List<NameToken> given = new ArrayList<>(words.subList(0, family[0]));
    given.addAll(words.subList(family[1], words.size()));
    return name(type, asWritten, script, given, words.subList(family[0], family[1]), affixes);
  }

  /** Name parts as a source records them separately; either may be null or blank. */
  public PersonName fromParts(NameType type, String givenNames, String familyName) {
    requireNonNull(type, "type is null");
    String givenText = givenNames == null ? "" : givenNames.strip();
    String familyText = familyName == null ? "" : familyName.strip();
    String asWritten = (givenText + " " + familyText).strip();
    List<NameToken> given = tokens(SPACES.split(NFKC.normalize(givenText)));
    List<NameToken> family = tokens(SPACES.split(NFKC.normalize(familyText)));
    // Given names lead with the title, the family name ends with the suffix ("SMITH JR").
    NameAffixes affixes = NameAffixes.strip(List.of(given, family));
    List<List<NameToken>> kept = affixes.kept();
    return name(type, asWritten, script(asWritten), kept.get(0), kept.get(1), affixes);
  }

  /** The folded Latin form of any text; see {@link LatinFolder} for the chain. */
  public String fold(String text) {
    return folder.fold(text);
  }

  /**
   * The ISO 15924 code of the script most letters of {@code text} are written in, "Zyyy" when it
   * has no letters. Ties go to the script met first.
   */
  public static String script(String text) {
    requireNonNull(text, "text is null");
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text.chars().anyMatch(Character::isLetter) ? "Latn" : "Zyyy";
    }
    int[] counts = new int[UScript.CODE_LIMIT];
    int best = UScript.COMMON;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!UCharacter.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) {
        continue;
      }
      counts[script]++;
      if (best == UScript.COMMON || counts[script] > counts[best]) {
        best = script;
      }
    }
    return UScript.getShortName(best);
  }

  private PersonName cjk(NameType type, String asWritten, String script, String text) {
    String[] written = CJK_SEPARATORS.split(text.strip());
    List<String> split = written.length == 1 ? CjkNames.splitWord(written[0]) : null;
    if (split != null) {
      return unspacedCjk(type, asWritten, script, written[0], split);
    }
    List<NameToken> words = tokens(written);
    if (words.size() < 2) {
      return new PersonName(type, asWritten, script, join(words), null, null, null, null);
    }
    if (script.equals("Kana") && text.indexOf('\u30FB') >= 0) {
      return name(
          type,
          asWritten,
          script,
          words.subList(0, words.size() - 1),
          words.subList(words.size() - 1, words.size()),
          NameAffixes.NONE);
    }
    return name(
        type,
        asWritten,
        script,
        words.subList(1, words.size()),
        words.subList(0, 1),
        NameAffixes.NONE);
  }

  /**
   * A Han name folds to one pinyin syllable a character: folding it once and splitting the
   * syllables is five times faster than folding the parts apart, and reads the characters after the
   * surname with their ordinary readings, not their surname ones.
   */
  private PersonName unspacedCjk(
      NameType type, String asWritten, String script, String word, List<String> split) {
    String[] syllables = folder.fold(word).split(" ");
    List<NameToken> family;
    List<NameToken> given;
    if (syllables.length == word.codePointCount(0, word.length())) {
      int k = split.get(0).codePointCount(0, split.get(0).length());
      family =
          List.of(
              new NameToken(split.get(0), String.join("", Arrays.copyOfRange(syllables, 0, k))));
      given =
          List.of(
              new NameToken(
                  split.get(1),
                  String.join("", Arrays.copyOfRange(syllables, k, syllables.length))));
    } else {
      family = tokens(split.get(0));
      given = tokens(split.get(1));
    }
    return name(type, asWritten, script, given, family, NameAffixes.NONE);
  }

  private PersonName name(
      NameType type,
      String asWritten,
      String script,
      List<NameToken> given,
      List<NameToken> family,
      NameAffixes affixes) {
    String givenLatin = given.isEmpty() ? null : join(given);
    String familyLatin = family.isEmpty() ? null : join(family);
    if (family.size() == 1 && CjkNames.koreanSurname(family.get(0).raw()) != null) {
      familyLatin = CjkNames.koreanSurname(family.get(0).raw());
    }
    String latin =
        givenLatin == null
            ? familyLatin
            : familyLatin == null ? givenLatin : givenLatin + " " + familyLatin;
    return new PersonName(
        type,
        asWritten,
        script,
        latin == null ? "" : latin,
        givenLatin,
        familyLatin,
        affixes.title(),
        affixes.suffix());
  }

  /**
   * [start, end) of the family name within two or more words: the upper-case run of a mixed-case
   * name with the particles around it, else the last word with the particles before it. A particle
   * in capitals starts no run: "Ludwig VAN Beethoven" is still read "Given Family".
   */
  private static int[] familyRange(List<NameToken> words) {
    int firstUpper = -1;
    boolean anyLower = false;
    for (int i = 0; i < words.size(); i++) {
      anyLower |= words.get(i).hasLower();
      if (firstUpper < 0 && words.get(i).isUpper() && !words.get(i).isParticle()) {
        firstUpper = i;
      }
    }
    int start;
    int end;
    if (anyLower && firstUpper >= 0) {
      start = firstUpper;
      end = firstUpper + 1;
      while (end < words.size()
          && (words.get(end).isUpper()
              || end + 1 < words.size()
                  && words.get(end).isParticle()
                  && words.get(end + 1).isUpper())) {
        end++;
      }
    } else if (words.size() >= 3
        && words.get(words.size() - 1).isPatronymic()
        && !words.get(words.size() - 2).isPatronymic()) {
      // "Given Patronymic Family" puts the patronymic in the middle; last, it follows the given
      // name.
      return new int[] {0, 1};
    } else {
      start = words.size() - 1;
      end = words.size();
    }
    while (start > 0 && words.get(start - 1).isParticle()) {
      start--;
    }
    return new int[] {start, end};
  }

  private List<NameToken> tokens(String... words) {
    List<NameToken> tokens = new ArrayList<>(words.length);
    for (String word : words) {
      String folded = folder.fold(word);
      if (!folded.isEmpty()) {
        // Pinyin and kana readings come one syllable a word; a name word is written as one.
        if (folded.indexOf(' ') >= 0 && CjkNames.isCjk(script(word))) {
          folded = folded.replace(" ", "");
        }
        tokens.add(new NameToken(word, folded));
      }
    }
    return tokens;
  }

  private static String join(List<NameToken> tokens) {
    StringBuilder s = new StringBuilder();
    for (NameToken token : tokens) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(token.folded());
    }
    return s.toString();
  }
}
