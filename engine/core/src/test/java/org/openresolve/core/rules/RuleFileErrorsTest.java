package org.openresolve.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.testing.ProjectFiles;

/** Each way a rule file can be wrong, with the exact message an analyst sees. */
class RuleFileErrorsTest {
  // Line numbers in the expected messages count from 1 at "name: tiny".
  private static final String VALID =
      """
      name: tiny
      description: one blocking rule, two comparisons
      blocking:
        max_block_size: 100
        rules:
          - {id: dob, label: Same birth date, key: BIRTH_DATE}
      comparisons:
        - id: family
          label: Family name
          field: FAMILY_NAME
          levels:
            - {label: missing, when: MISSING}
            - {label: close, when: JARO_WINKLER, threshold: 0.9}
            - {label: different, when: ELSE}
        - id: dob
          label: Birth date
          field: BIRTH_DATE
          levels:
            - {label: missing, when: MISSING}
            - {label: exact, when: EXACT}
            - {label: different, when: ELSE}
      model:
        random_pairs: 100000
        em_max_iterations: 50
        em_tolerance: 0.0001
        probability_two_random_records_match: estimate
      thresholds:
        match_probability: 0.9
        review_probability: 0.5
      """;

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("ruleset.yaml");
    Files.writeString(file, text);
    return file;
  }

  private String error(String text) throws IOException {
    Path file = write(text);
    return assertThatThrownBy(() -> RuleSet.load(file))
        .isInstanceOf(ConfigFileException.class)
        .actual()
        .getMessage()
        .replace(file.toString(), "FILE");
  }

  @Test
  void validFileLoads() throws IOException {
    RuleSet rules = RuleSet.load(write(VALID));

    assertThat(rules.comparisons()).extracting(ComparisonSpec::id).containsExactly("family", "dob");
    assertThat(rules.model().fixedPrior()).isEmpty();
    assertThat(RuleSet.check(write(VALID))).isEmpty();
  }

  @Test
  void unknownTopLevelKeyIsRefusedWithTheKnownKeys() throws IOException {
    assertThat(error(VALID + "colour: blue\n"))
        .isEqualTo(
            "FILE:30: colour: unknown key 'colour'; known keys: blocking, comparisons, description, execution, grading, guards, handling_codes, model, name, thresholds");
  }

  @Test
  void unknownKeyFunctionIsRefusedWithTheFieldPath() throws IOException {
    assertThat(error(VALID.replace("key: BIRTH_DATE", "key: SOUNDEX")))
        .startsWith(
            "FILE:6: blocking.rules[0].key: 'SOUNDEX' is not one of [FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR, ");
  }

  @Test
  void unknownLevelTypeIsRefused() throws IOException {
    assertThat(error(VALID.replace("when: JARO_WINKLER", "when: JARO")))
        .startsWith(
            "FILE:13: comparisons[0].levels[1].when: 'JARO' is not one of [MISSING, EXACT, JARO_WINKLER, ");
  }

  @Test
  void levelTypeThatDoesNotFitTheFieldIsRefused() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "{label: exact, when: EXACT}",
                    "{label: exact, when: JARO_WINKLER, threshold: 0.9}")))
        .isEqualTo(
            "FILE:20: comparisons[1].levels[1].when: JARO_WINKLER does not fit field BIRTH_DATE; it accepts "
                + "[MISSING, EXACT, LEVENSHTEIN, DATE_SAME_YEAR_MONTH, DATE_SAME_YEAR, DATE_DAY_MONTH_SWAPPED, DATE_WITHIN_YEARS, ELSE]");
  }

  @Test
  void thresholdAboveOneIsRefused() throws IOException {
    assertThat(error(VALID.replace("threshold: 0.9", "threshold: 1.5")))
        .isEqualTo("FILE:13: comparisons[0].levels[1]: threshold must be in (0, 1], got 1.5");
  }

  @Test
  void thresholdOnALevelThatTakesNoneIsRefused() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "{label: exact, when: EXACT}", "{label: exact, when: EXACT, threshold: 0.5}")))
        .isEqualTo("FILE:20: comparisons[1].levels[1]: 'threshold' does not apply to EXACT");
  }

  @Test
  void levelsMustStartWithMissing() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "{label: missing, when: MISSING}\n      - {label: close",
                    "{label: none, when: EXACT}\n      - {label: close")))
        .isEqualTo(
            "FILE:12: comparisons[0].levels[0].when: the first level must be MISSING, got EXACT");
  }

  @Test
  void levelsMustEndWithElse() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "{label: different, when: ELSE}\n  - id: dob",
                    "{label: different, when: EXACT}\n  - id: dob")))
        .isEqualTo(
            "FILE:14: comparisons[0].levels[2].when: the last level must be ELSE, got EXACT");
  }

  @Test
  void bareNullAsLevelTypeIsExplained() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "{label: missing, when: MISSING}\n      - {label: close",
                    "{label: missing, when: NULL}\n      - {label: close")))
        .isEqualTo(
            "FILE:12: comparisons[0].levels[0]: missing key 'when' (write MISSING, not NULL, for the level of absent values)");
  }

  @Test
  void reviewThresholdMustBeBelowMatchThreshold() throws IOException {
    assertThat(error(VALID.replace("review_probability: 0.5", "review_probability: 0.95")))
        .isEqualTo(
            "FILE:29: thresholds: review_probability 0.95 must be below match_probability 0.9");
  }

  @Test
  void nicknameKeyWithoutANameListIsRefused() throws IOException {
    assertThat(
            error(VALID.replace("key: BIRTH_DATE", "key: FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP")))
        .isEqualTo(
            "FILE:6: blocking.rules[0]: key FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP needs a name list: add 'list: FILE'");
  }

  @Test
  void nameListOnAKeyThatReadsNoneIsRefused() throws IOException {
    assertThat(error(VALID.replace("key: BIRTH_DATE", "key: BIRTH_DATE, list: nicknames.csv")))
        .isEqualTo("FILE:6: blocking.rules[0]: key BIRTH_DATE reads no name list; remove 'list'");
  }

  @Test
  void missingNameListOfABlockingRuleIsNamedWithItsLine() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "key: BIRTH_DATE",
                    "key: FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP, list: nick.csv")))
        .isEqualTo(
            "FILE:6: blocking.rules[0].list: name list not found: " + dir.resolve("nick.csv"));
  }

  @Test
  void unknownMFromIsRefused() throws IOException {
    String text =
        VALID.replace(
            "match: estimate",
            "match: estimate\n  overrides:\n    - {comparison: dob, level: exact, m: 0.1, m_from: anchors}");
    assertThat(error(text))
        .startsWith("FILE:")
        .contains("m_from must be 'confident_pairs', got 'anchors'");
  }

  @Test
  void learnedPairsBelowOneAreRefused() throws IOException {
    String text = VALID.replace("match: estimate", "match: estimate\n  learned_pairs: 0.5");
    assertThat(error(text))
        .startsWith("FILE:")
        .contains("learned_pairs must be at least 1, got 0.5");
  }

  @Test
  void mFromWithMMaxIsRefused() throws IOException {
    String text =
        VALID.replace(
            "match: estimate",
            "match: estimate\n  overrides:\n    - {comparison: dob, level: exact, m_max: 0.1, m_from: confident_pairs}");
    assertThat(error(text))
        .startsWith("FILE:")
        .contains("m_from measures m and m_max bounds the m EM learns: give one of them");
  }

  @Test
  void mMaxWithAFixedMIsRefused() throws IOException {
    String text =
        VALID.replace(
            "match: estimate",
            "match: estimate\n  overrides:\n    - {comparison: dob, level: exact, m: 0.1, m_max: 0.2}");
    assertThat(error(text))
        .startsWith("FILE:")
        .contains("m_max bounds the m EM learns; with a fixed 'm' there is nothing to bound");
  }

  @Test
  void mMaxLoads() throws IOException {
    String text =
        VALID.replace(
            "match: estimate",
            "match: estimate\n  overrides:\n    - {comparison: dob, level: exact, m_max: 0.2}");
    assertThat(RuleSet.load(write(text)).model().overrides().get(0).mMax()).isEqualTo(0.2);
  }

  @Test
  void mFromConfidentPairsLoads() throws IOException {
    String text =
        VALID.replace(
            "match: estimate",
            "match: estimate\n  overrides:\n    - {comparison: dob, level: exact, m: 0.1, m_from: confident_pairs}");
    assertThat(RuleSet.load(write(text)).model().overrides().get(0).measured()).isTrue();
  }

  @Test
  void anInMemoryLimitMustNotBeNegative() throws IOException {
    assertThat(error(VALID + "execution:\n  in_memory_max_records: -1\n"))
        .isEqualTo("FILE:31: execution: in_memory_max_records must not be negative, got -1");
  }

  @Test
  void withoutAnExecutionSectionEveryInputIsMatchedBySpark() throws IOException {
    RuleSet rules = RuleSet.load(write(VALID));

    assertThat(rules.execution().inMemory(0)).isFalse();
    assertThat(
            RuleSet.load(write(VALID + "execution:\n  in_memory_max_records: 10\n"))
                .execution()
                .inMemory(10))
        .isTrue();
    assertThat(
            RuleSet.load(write(VALID + "execution:\n  in_memory_max_records: 10\n"))
                .execution()
                .inMemory(11))
        .isFalse();
  }

  @Test
  void maxBlockSizeMustBeAboveOne() throws IOException {
    assertThat(error(VALID.replace("max_block_size: 100", "max_block_size: 1")))
        .startsWith("FILE:")
        .endsWith(": blocking: max_block_size must be at least 2, got 1");
  }

  @Test
  void duplicateComparisonIdIsRefused() throws IOException {
    assertThat(error(VALID.replace("- id: family", "- id: dob")))
        .isEqualTo("FILE:15: comparisons[1].id: duplicate comparison id 'dob'");
  }

  @Test
  void priorMustBeEstimateOrAProbability() throws IOException {
    assertThat(error(VALID.replace("match: estimate", "match: guess")))
        .endsWith(
            ": model: probability_two_random_records_match must be 'estimate' or a number, got 'guess'");
  }

  @Test
  void overrideOfAnUnknownLevelIsRefused() throws IOException {
    String text =
        VALID.replace(
            "match: estimate",
            "match: estimate\n  overrides:\n    - {comparison: dob, level: nearly, u: 0.01}");
    assertThat(error(text))
        .isEqualTo(
            "FILE:28: model.overrides[0].level: comparison 'dob' has no level 'nearly' (the MISSING level has no m or u)");
  }

  @Test
  void givenNameGuardNamingAnUnknownLevelIsRefused() throws IOException {
    String text =
        VALID.replace("    field: FAMILY_NAME\n", "    field: GIVEN_NAME\n")
            + "guards:\n  exclusive_identifier_types: []\n  max_birth_year_gap: 5\n  given_names_apart: {comparison: family, levels: [different, far]}\n";
    assertThat(error(text))
        .isEqualTo(
            "FILE:33: guards.given_names_apart.levels[1]: comparison 'family' has no level 'far' (MISSING cannot set two records apart)");
  }

  @Test
  void givenNameGuardOnAComparisonOfAnotherFieldIsRefused() throws IOException {
    String text =
        VALID
            + "guards:\n  exclusive_identifier_types: []\n  max_birth_year_gap: 5\n  given_names_apart: {comparison: dob, levels: [different]}\n";
    assertThat(error(text))
        .isEqualTo(
            "FILE:33: guards.given_names_apart.comparison: comparison 'dob' compares BIRTH_DATE, not GIVEN_NAME");
  }

  @Test
  void weightlessWhenNamingAnUnknownLevelIsRefused() throws IOException {
    String text =
        VALID.replace(
            "    field: FAMILY_NAME\n",
            "    field: FAMILY_NAME\n    weightless_when:\n      - {comparison: dob, level: far apart}\n");
    assertThat(error(text))
        .isEqualTo(
            "FILE:12: comparisons[0].weightless_when[0].level: comparison 'dob' has no level 'far apart' (the MISSING level has no m or u)");
  }

  /**
   * VALID with {@code setting} under the birth-date comparison, made a phone comparison when {@code
   * phone}.
   */
  private static String sharedValue(String setting, boolean phone) {
    String text =
        VALID.replace(
            "    field: BIRTH_DATE\n",
            "    field: BIRTH_DATE\n    shared_value: " + setting + "\n");
    return phone ? text.replace("field: BIRTH_DATE", "field: PHONE") : text;
  }

  @Test
  void sharedValueOnAFieldWhosePeopleAreNotCountedIsRefused() throws IOException {
    assertThat(error(sharedValue("{max_people: 3}", false)))
        .isEqualTo(
            "FILE:18: comparisons[1].shared_value: applies to [IDENTIFIER, PHONE, EMAIL, ONLINE_ACCOUNT, CRYPTO_WALLET, ADDRESS] comparisons, not BIRTH_DATE");
  }

  @Test
  void sharedValueNeedsMaxPeople() throws IOException {
    assertThat(error(sharedValue("{weight_factor: 0.5}", true)))
        .isEqualTo("FILE:18: comparisons[1].shared_value: missing key 'max_people'");
  }

  @Test
  void sharedValueMaxPeopleBelowOneIsRefused() throws IOException {
    assertThat(error(sharedValue("{max_people: 0}", true)))
        .isEqualTo("FILE:18: comparisons[1].shared_value: max_people must be at least 1, got 0");
  }

  @Test
  void sharedValueWeightFactorAboveOneIsRefused() throws IOException {
    assertThat(error(sharedValue("{max_people: 3, weight_factor: 1.5}", true)))
        .isEqualTo(
            "FILE:18: comparisons[1].shared_value: weight_factor must be from 0 to 1, got 1.5");
  }

  @Test
  void sharedValueWithAnUnknownKeyIsRefusedWithTheKnownKeys() throws IOException {
    assertThat(error(sharedValue("{max_people: 3, weight: 0.5}", true)))
        .isEqualTo(
            "FILE:18: comparisons[1].shared_value.weight: unknown key 'weight'; known keys: max_people, weight_factor");
  }

  @Test
  void sharedValueOnAPhoneLoads() throws IOException {
    RuleSet rules = RuleSet.load(write(sharedValue("{max_people: 3, weight_factor: 0.25}", true)));

    assertThat(rules.comparisons().get(1).sharedValue()).isEqualTo(new SharedValueLimit(3, 0.25));
  }

  @Test
  void skipWhenNamingAnUnknownComparisonIsRefused() throws IOException {
    String text =
        VALID.replace(
            "key: BIRTH_DATE}\n",
            "key: BIRTH_DATE, skip_when: [{comparison: surname, level: different}]}\n");
    assertThat(error(text))
        .isEqualTo(
            "FILE:6: blocking.rules[0].skip_when[0].comparison: no comparison with id 'surname'");
  }

  @Test
  void refineByAnUnknownValueIsRefusedWithTheFieldPath() throws IOException {
    String text = VALID.replace("key: BIRTH_DATE}\n", "key: BIRTH_DATE, refine_by: [SHOE_SIZE]}\n");
    assertThat(error(text))
        .startsWith(
            "FILE:6: blocking.rules[0].refine_by[0]: 'SHOE_SIZE' is not one of [BIRTH_YEAR, GIVEN_INITIAL, ");
  }

  @Test
  void refineByNamingAValueTwiceIsRefused() throws IOException {
    String text =
        VALID.replace(
            "key: BIRTH_DATE}\n",
            "key: BIRTH_DATE, refine_by: [FAMILY_INITIAL, FAMILY_INITIAL]}\n");
    assertThat(error(text))
        .isEqualTo(
            "FILE:6: blocking.rules[0]: refine_by names a value twice: [FAMILY_INITIAL, FAMILY_INITIAL]");
  }

  @Test
  void refineByIsReadInOrder() throws IOException {
    String text =
        VALID.replace(
            "key: BIRTH_DATE}\n", "key: BIRTH_DATE, refine_by: [FAMILY_INITIAL, GIVEN_INITIAL]}\n");
    assertThat(RuleSet.load(write(text)).blocking().rules().get(0).refineBy())
        .containsExactly(RefineKey.FAMILY_INITIAL, RefineKey.GIVEN_INITIAL);
  }

  /** VALID with its first comparison on given names, whose second level is {@code level}. */
  private static String givenNameLevel(String level) {
    return VALID
        .replace("field: FAMILY_NAME", "field: GIVEN_NAME")
        .replace("{label: close, when: JARO_WINKLER, threshold: 0.9}", level);
  }

  private static final String NICKNAME =
      givenNameLevel("{label: nickname, when: NICKNAME, list: nicknames.csv}");

  @Test
  void nicknameListIsReadFromBesideTheRuleFile() throws IOException {
    Files.writeString(
        dir.resolve("nicknames.csv"), "# English\nwilliam,bill,Billy\n\nRobert,Bob\n");

    NameGroups groups = RuleSet.load(write(NICKNAME)).nameGroups("nicknames.csv");

    assertThat(groups.groupCount()).isEqualTo(2);
    assertThat(groups.together("bill", "william")).isTrue();
    assertThat(groups.together("billy", "bill")).isTrue();
    assertThat(groups.together("bill", "bob")).isFalse();
  }

  @Test
  void missingNicknameListIsReportedAtItsListKey() throws IOException {
    assertThat(error(NICKNAME).replace(dir.toString(), "DIR"))
        .isEqualTo(
            "FILE:13: comparisons[0].levels[1].list: name list not found: DIR/nicknames.csv");
  }

  @Test
  void nicknameGroupOfOneNameIsReportedWithTheListsFileAndLine() throws IOException {
    Files.writeString(dir.resolve("nicknames.csv"), "# English\nwilliam,bill\nbob, Bob\n");

    assertThat(error(NICKNAME).replace(dir.toString(), "DIR"))
        .isEqualTo(
            "DIR/nicknames.csv:3: a group needs at least two different names, got 'bob, Bob'");
  }

  @Test
  void emptyNameInANicknameListIsReportedWithTheListsFileAndLine() throws IOException {
    Files.writeString(dir.resolve("nicknames.csv"), "william,,bill\n");

    assertThat(error(NICKNAME).replace(dir.toString(), "DIR"))
        .isEqualTo(
            "DIR/nicknames.csv:1: empty name in 'william,,bill'; write one group a line, names separated by commas");
  }

  @Test
  void misspeltNicknameLevelWithoutAListIsRefused() throws IOException {
    assertThat(error(givenNameLevel("{label: misspelt nickname, when: NICKNAME_MISSPELT}")))
        .isEqualTo("FILE:13: comparisons[0].levels[1]: missing key 'list'");
  }

  @Test
  void otherGivenNameOnAFamilyNameIsRefused() throws IOException {
    assertThat(
            error(
                VALID.replace(
                    "{label: close, when: JARO_WINKLER, threshold: 0.9}",
                    "{label: other, when: OTHER_GIVEN_NAME}")))
        .startsWith(
            "FILE:13: comparisons[0].levels[1].when: OTHER_GIVEN_NAME does not fit field FAMILY_NAME; it accepts ");
  }

  @Test
  void nicknameLevelWithoutAListIsRefused() throws IOException {
    assertThat(error(givenNameLevel("{label: nickname, when: NICKNAME}")))
        .isEqualTo("FILE:13: comparisons[0].levels[1]: missing key 'list'");
  }

  @Test
  void listOnALevelThatTakesNoneIsRefused() throws IOException {
    assertThat(
            error(
                givenNameLevel(
                    "{label: close, when: JARO_WINKLER, threshold: 0.9, list: nicknames.csv}")))
        .isEqualTo("FILE:13: comparisons[0].levels[1]: 'list' does not apply to JARO_WINKLER");
  }

  @Test
  void ruleSetHashCoversItsNameLists() throws IOException {
    Path file = write(NICKNAME);
    Files.writeString(dir.resolve("nicknames.csv"), "william,bill\n");
    String before = RuleSet.load(file).sha256();
    Files.writeString(dir.resolve("nicknames.csv"), "william,bill,will\n");

    assertThat(RuleSet.load(file).sha256()).isNotEqualTo(before).hasSize(64);
  }

  @Test
  void checkReportsTheProblemInsteadOfThrowing() throws IOException {
    Path file = write(VALID.replace("field: FAMILY_NAME", "field: SURNAME"));

    assertThat(RuleSet.check(file))
        .singleElement()
        .asString()
        .startsWith(
            file
                + ":10: comparisons[0].field: 'SURNAME' is not one of [NAME, GIVEN_NAME, FAMILY_NAME, ");
  }

  @Test
  void missingFileIsReported() {
    assertThat(RuleSet.check(dir.resolve("absent.yaml")))
        .containsExactly(dir.resolve("absent.yaml") + ": file not found");
  }

  @Test
  void beyondNamesMustNameComparisonsOfTheFile() throws IOException {
    String text = VALID + "  beyond_names: {comparisons: [dob, phone]}\n";

    assertThat(error(text))
        .isEqualTo(
            "FILE:30: thresholds.beyond_names.comparisons[1]: no comparison with id 'phone'");
  }

  @Test
  void beyondNamesLoadsWithItsDefaultMinimum() throws IOException {
    RuleSet rules = RuleSet.load(write(VALID + "  beyond_names: {comparisons: [dob]}\n"));

    assertThat(rules.thresholds().beyondNames())
        .isEqualTo(new BeyondNames(java.util.List.of("dob"), 1.0));
  }

  @Test
  void termFrequencyOnAFieldWithoutCountsIsRefused() throws IOException {
    String text =
        VALID.replace(
            "    field: BIRTH_DATE\n", "    field: BIRTH_DATE\n    term_frequency: true\n");

    assertThat(error(text))
        .contains("comparisons[1]")
        .contains(
            "term_frequency applies to GIVEN_NAME and FAMILY_NAME comparisons and to comparisons with a shared_value limit");
  }

  @Test
  void termFrequencyOnASharedValueLoads() throws IOException {
    String text =
        sharedValue("{max_people: 2}", true)
            .replace("    field: PHONE\n", "    field: PHONE\n    term_frequency: true\n");

    assertThat(RuleSet.load(write(text)).comparisons().get(1).rarity()).isTrue();
  }

  private static List<String> defaultLines() throws IOException {
    return Files.readAllLines(ProjectFiles.root().resolve("rules/default/ruleset.yaml"));
  }

  /** The line number of the first line of the shipped rule set holding {@code text}. */
  private static int defaultLineOf(String text) throws IOException {
    List<String> lines = defaultLines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("the shipped rule set has no line holding " + text);
  }

  /** The shipped rule set with one line replaced: a long file with nested lists before the line. */
  private String defaultWithLine(int line, String from, String to) throws IOException {
    List<String> lines = new ArrayList<>(defaultLines());
    assertThat(lines.get(line - 1)).contains(from);
    lines.set(line - 1, lines.get(line - 1).replace(from, to));
    Files.copy(
        ProjectFiles.root().resolve("rules/default/nicknames.csv"), dir.resolve("nicknames.csv"));
    return error(String.join("\n", lines) + "\n");
  }

  @Test
  void aMisspeltKeyDeepInALongFileNamesItsOwnLineAndTheClosestKey() throws IOException {
    int line = defaultLineOf("trains_model: false");
    assertThat(defaultWithLine(line, "trains_model: false", "trains_modle: false"))
        .isEqualTo(
            "FILE:"
                + line
                + ": blocking.rules[2].trains_modle: unknown key 'trains_modle'; did you mean 'trains_model'?");
  }

  @Test
  void aValueAfterANestedListIsFoundAtItsLine() throws IOException {
    int line = defaultLineOf("key: BIRTH_DATE");
    assertThat(defaultWithLine(line, "key: BIRTH_DATE", "key: BIRTHDATE"))
        .startsWith("FILE:" + line + ": blocking.rules[3].key: 'BIRTHDATE' is not one of [");
  }

  @Test
  void anErrorOnTheLastLineNamesTheLastLine() throws IOException {
    int last = defaultLines().size();
    assertThat(defaultLineOf("uncorroborated: REVIEW")).isEqualTo(last);
    assertThat(defaultWithLine(last, "uncorroborated: REVIEW", "uncorroborated: REVIEWED"))
        .startsWith("FILE:" + last + ": grading.uncorroborated: 'REVIEWED' is not one of [");
  }
}
