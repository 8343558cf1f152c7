package org.openresolve.core.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.KeyFunction;
import org.openresolve.core.rules.RefineKey;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Address;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

class BlockingRuleTest {
  private static BlockingRule rule(KeyFunction key) {
    return new BlockingRule(new BlockingRuleSpec("r", "test rule", key));
  }

  private static PersonRecord.Builder record() {
    return PersonRecord.builder(new RecordKey("s", SourceKind.CSV, "1", "0".repeat(64)));
  }

  private static PersonName name(String given, String family) {
    String full = given + " " + family;
    return new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null);
  }

  private static MatchView view(PersonRecord.Builder b) {
    return MatchView.of(b.build());
  }

  @Test
  void familyPhoneticKeyIsPrefixedByRuleIdAndCombinesEveryBirthYear() {
    MatchView v =
        view(
            record()
                .name(name("anna", "smith"))
                .birthDate(PartialDate.of(1980, 1, 2))
                .birthDate(PartialDate.ofYear(1981)));

    assertThat(rule(KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR).keys(v))
        .containsExactly("r:SM0|1980", "r:SM0|1981", "r:XMT|1980", "r:XMT|1981");
  }

  @Test
  void aRuleThatRefinesGivesEachLevelOfFinerKeysAfterItsOwn() {
    BlockingRule rule =
        new BlockingRule(
            new BlockingRuleSpec(
                "r",
                "test rule",
                KeyFunction.BIRTH_DATE,
                10,
                null,
                null,
                null,
                List.of(RefineKey.FAMILY_INITIAL, RefineKey.BIRTH_YEAR)));
    MatchView v =
        view(
            record()
                .name(name("anna", "smith"))
                .name(name("anna", "jones"))
                .birthDate(PartialDate.of(1980, 1, 2)));

    assertThat(rule.keys(v))
        .containsExactly(
            "r:1980-01-02",
            "r/1:1980-01-02/s",
            "r/1:1980-01-02/j",
            "r/2:1980-01-02/s/1980",
            "r/2:1980-01-02/j/1980");
  }

  @Test
  void aRecordWithoutTheValueRefinedByKeysItAsUnknown() {
    BlockingRule rule =
        new BlockingRule(
            new BlockingRuleSpec(
                "r",
                "test rule",
                KeyFunction.GIVEN_AND_FAMILY_NAME_PHONETIC,
                10,
                null,
                null,
                null,
                List.of(RefineKey.BIRTH_YEAR)));
    MatchView v = view(record().name(name("anna", "kay")));

    assertThat(rule.keys(v)).containsExactly("r:AN|K", "r/1:AN|K/?");
  }

  @ParameterizedTest
  @CsvSource({
    "r:1980-01-02, r, 0",
    "r/1:1980-01-02/s, r, 1",
    "r/2:a/b:c/s/1980, r, 2",
  })
  void aKeyNamesItsRuleAndLevel(String key, String rule, int level) {
    assertThat(BlockingRule.ruleIdOf(key)).isEqualTo(rule);
    assertThat(BlockingRule.levelOf(key)).isEqualTo(level);
  }

  @Test
  void aRefinedKeyNamesTheKeyItSplits() {
    assertThat(BlockingRule.coarserOf("r/2:a/b:c/s/1980")).isEqualTo("r/1:a/b:c/s");
    assertThat(BlockingRule.coarserOf("r/1:a/b:c/s")).isEqualTo("r:a/b:c");
  }

  @Test
  void typoThatKeepsTheSoundKeepsTheKey() {
    BlockingRule rule = rule(KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR);
    MatchView a = view(record().name(name("anna", "smith")).birthDate(PartialDate.of(1980, 1, 2)));
    MatchView b = view(record().name(name("ana", "smyth")).birthDate(PartialDate.of(1980, 2, 1)));

    assertThat(rule.keys(a)).containsAnyElementsOf(rule.keys(b));
  }

  @Test
  void exchangedNamePartsShareTheGivenAndFamilyKey() {
    BlockingRule rule = rule(KeyFunction.GIVEN_AND_FAMILY_NAME_PHONETIC);

    assertThat(rule.keys(view(record().name(name("ivan", "petrov")))))
        .isEqualTo(rule.keys(view(record().name(name("petrov", "ivan")))))
        .isNotEmpty();
  }

  @Test
  void ruleThatNeedsABirthDateGivesNoKeyWithoutOne() {
    assertThat(
            rule(KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR)
                .keys(view(record().name(name("anna", "smith")))))
        .isEmpty();
  }

  @Test
  void birthDateKeyNeedsADayPreciseDate() {
    assertThat(
            rule(KeyFunction.BIRTH_DATE)
                .keys(view(record().birthDate(PartialDate.ofMonth(1980, 3)))))
        .isEmpty();
    assertThat(
            rule(KeyFunction.BIRTH_DATE).keys(view(record().birthDate(PartialDate.of(1980, 3, 4)))))
        .containsExactly("r:1980-03-04");
  }

  @Test
  void identifierKeyHasTypeIssuerAndValueAndShortValuesAreSkipped() {
    MatchView v =
        view(
            record()
                .identifier(new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "x"))
                .identifier(new Identifier(IdentifierType.OTHER, null, "NA", "n/a")));

    assertThat(rule(KeyFunction.IDENTIFIER).keys(v)).containsExactly("r:PASSPORT|RU|4509123456");
    assertThat(rule(KeyFunction.IDENTIFIER_VALUE).keys(v)).containsExactly("r:4509123456");
  }

  @Test
  void onlineHandleKeyIgnoresThePlatform() {
    MatchView a = view(record().account(new OnlineAccount("telegram", "ivan_k", "@ivan_k")));
    MatchView b = view(record().account(new OnlineAccount("forum.example", "ivan_k", "ivan_k")));

    assertThat(rule(KeyFunction.ONLINE_HANDLE).keys(a))
        .isEqualTo(rule(KeyFunction.ONLINE_HANDLE).keys(b))
        .containsExactly("r:ivank");
  }

  @Test
  void onlineHandleKeyMeetsTheHandleUndecoratedAndAsAnEmailName() {
    MatchView a = view(record().account(new OnlineAccount("telegram", "_ivan_k_", "@_ivan_k_")));
    MatchView b =
        view(
            record()
                .email(
                    new org.openresolve.model.Email("ivan.k@mail.example", "Ivan.K@mail.example")));

    assertThat(rule(KeyFunction.ONLINE_HANDLE).keys(a))
        .isEqualTo(rule(KeyFunction.ONLINE_HANDLE).keys(b))
        .containsExactly("r:ivank");
  }

  @Test
  void onlineHandleKeyLeavesOutHandlesOfFewerThanThreeLettersOrDigits() {
    assertThat(
            rule(KeyFunction.ONLINE_HANDLE)
                .keys(view(record().account(new OnlineAccount("x", "_a1_", "a1")))))
        .isEmpty();
  }

  @Test
  void townKeysPairATypoedPostcodeThroughTheTownAndAName() {
    MatchView a =
        view(
            record()
                .name(name("steven", "crowley"))
                .address(new Address("x", "x", "Union Mills", "28167", "US")));
    MatchView b =
        view(
            record()
                .name(name("stevem", "krowley"))
                .address(new Address("x", "x", "union mills", "28176", "US")));

    assertThat(rule(KeyFunction.LOCALITY_AND_GIVEN_NAME_PHONETIC).keys(a))
        .contains("r:STFN|union mills");
    assertThat(rule(KeyFunction.LOCALITY_AND_FAMILY_NAME_PHONETIC).keys(a))
        .containsAnyElementsOf(rule(KeyFunction.LOCALITY_AND_FAMILY_NAME_PHONETIC).keys(b));
    assertThat(rule(KeyFunction.POSTCODE_AND_FAMILY_NAME_PHONETIC).keys(a))
        .doesNotContainAnyElementsOf(rule(KeyFunction.POSTCODE_AND_FAMILY_NAME_PHONETIC).keys(b));
  }

  @Test
  void aPhoneWrittenWithoutItsCountryCodeMeetsItsE164FormOnItsLastDigits() {
    BlockingRule rule = rule(KeyFunction.PHONE_DIGITS);
    MatchView read = view(record().phone(new Phone("+34602685761", "+34 602 685 761")));
    MatchView unread = view(record().phone(new Phone(null, "602 685 761")));
    MatchView trunk = view(record().phone(new Phone(null, "0602685761")));
    MatchView other = view(record().phone(new Phone("+34602685762", "+34 602 685 762")));

    assertThat(rule.keys(read)).containsExactly("r:2685761");
    assertThat(rule.keys(unread)).isEqualTo(rule.keys(read));
    assertThat(rule.keys(trunk)).isEqualTo(rule.keys(read));
    assertThat(rule.keys(other)).doesNotContainAnyElementsOf(rule.keys(read));
    assertThat(rule(KeyFunction.PHONE_E164).keys(unread)).isEmpty();
  }

  @Test
  void namedRecordsMeetOnFamilyNameAndInitialWithoutABirthDate() {
    BlockingRule rule = rule(KeyFunction.NAME_IN_HANDLE);

    assertThat(rule.keys(view(record().name(name("n", "moore")))))
        .isEqualTo(rule.keys(view(record().name(name("nicola jane", "moore")))))
        .containsExactly("r:moore|n");
  }

  @Test
  void aNameOfUnknownPartsIsReadAsAHandle() {
    MatchView v =
        view(
            record()
                .name(
                    new PersonName(
                        NameType.PRIMARY,
                        "pzakharov",
                        "Latn",
                        "pzakharov",
                        null,
                        null,
                        null,
                        null)));

    assertThat(rule(KeyFunction.NAME_IN_HANDLE).keys(v)).contains("r:zakharov|p");
  }

  @TempDir Path dir;

  private BlockingRule nicknameRule(String list) throws IOException {
    Files.writeString(dir.resolve("nicknames.csv"), list);
    Files.writeString(
        dir.resolve("rules.yaml"),
        """
        name: nick
        description: nickname blocking
        blocking:
          max_block_size: 100
          rules:
            - {id: nick, label: Nicknames, key: FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP, list: nicknames.csv}
        comparisons:
          - id: dob
            label: Birth date
            field: BIRTH_DATE
            levels:
              - {label: missing, when: MISSING}
              - {label: exact, when: EXACT}
              - {label: different, when: ELSE}
        model: {random_pairs: 1000, em_max_iterations: 10, em_tolerance: 0.001, probability_two_random_records_match: estimate}
        thresholds: {match_probability: 0.9, review_probability: 0.5}
        """);
    return BlockingRule.of(RuleSet.load(dir.resolve("rules.yaml"))).get(0);
  }

  @Test
  void nicknameKeyPairsBillWithWilliamButNotWithRobert() throws IOException {
    BlockingRule rule = nicknameRule("william,bill,will\nrobert,bob\n");
    MatchView bill = view(record().name(name("bill", "clarke")));

    assertThat(rule.keys(bill))
        .containsAnyElementsOf(rule.keys(view(record().name(name("william", "clark")))));
    assertThat(rule.keys(bill))
        .doesNotContainAnyElementsOf(rule.keys(view(record().name(name("bob", "clarke")))));
  }

  @Test
  void nicknameKeyGivesNoKeyForANameInNoGroup() throws IOException {
    assertThat(nicknameRule("william,bill\n").keys(view(record().name(name("zoltan", "clarke")))))
        .isEmpty();
  }

  @Test
  void aHandleMeetsTheRecordsOfThePersonItSpells() {
    BlockingRule rule = rule(KeyFunction.NAME_IN_HANDLE);
    MatchView handle =
        view(record().account(new OnlineAccount("telegram", "jpavlov_77", "@jpavlov_77")));
    MatchView fullName =
        view(
            record()
                .account(new OnlineAccount("telegram", "sergeialekseyev99", "sergeialekseyev99")));

    assertThat(rule.keys(handle))
        .containsAnyElementsOf(rule.keys(view(record().name(name("jan", "pavlov")))));
    assertThat(rule.keys(fullName))
        .containsAnyElementsOf(rule.keys(view(record().name(name("sergei", "alekseyev")))));
    assertThat(rule.keys(handle))
        .doesNotContainAnyElementsOf(rule.keys(view(record().name(name("ivan", "pavlov")))));
  }

  @Test
  void aProfileGivingOnlyAFamilyInitialMeetsTheNameItsHandleSpells() {
    BlockingRule rule = rule(KeyFunction.NAME_IN_HANDLE);
    MatchView robT =
        view(
            record()
                .name(name("rob", "t"))
                .account(new OnlineAccount("telegram", "rtaylor", "rtaylor")));

    assertThat(rule.keys(robT))
        .containsAnyElementsOf(rule.keys(view(record().name(name("robert", "taylor")))));
  }

  @ParameterizedTest
  @CsvSource({
    "petrowa, petrova",
    "darigelo, dangelo",
    "schahin, sahin",
    "sha1a, shala",
    "kova1, koval"
  })
  void aTypoOrSpellingInsideAFamilyNameKeepsAnEndOfIt(String family, String other) {
    BlockingRule rule = rule(KeyFunction.FAMILY_NAME_ENDS_AND_INITIAL);

    assertThat(rule.keys(view(record().name(name("olga", family)))))
        .containsAnyElementsOf(rule.keys(view(record().name(name("o", other)))));
  }

  @Test
  void familyEndsNeedTheSameInitial() {
    BlockingRule rule = rule(KeyFunction.FAMILY_NAME_ENDS_AND_INITIAL);

    assertThat(rule.keys(view(record().name(name("olga", "petrova")))))
        .doesNotContainAnyElementsOf(rule.keys(view(record().name(name("irina", "petrova")))));
    assertThat(rule.keys(view(record().name(name("ivan", "li"))))).containsExactly("r:li<i");
  }

  @Test
  void aNamedRecordKeysItsNameNotItsHandles() {
    MatchView v =
        view(
            record()
                .name(name("jan", "pavlov"))
                .account(new OnlineAccount("telegram", "real_eagle", "real_eagle")));

    assertThat(rule(KeyFunction.NAME_IN_HANDLE).keys(v)).containsExactly("r:pavlov|j");
  }
}
