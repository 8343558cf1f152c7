package org.openresolve.core.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.KeyFunction;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
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
    MatchView v = view(record().name(name("anna", "smith")).birthDate(PartialDate.of(1980, 1, 2)).birthDate(PartialDate.ofYear(1981)));

    assertThat(rule(KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR).keys(v))
        .containsExactly("r:SM0|1980", "r:SM0|1981", "r:XMT|1980", "r:XMT|1981");
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
    assertThat(rule(KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR).keys(view(record().name(name("anna", "smith"))))).isEmpty();
  }

  @Test
  void birthDateKeyNeedsADayPreciseDate() {
    assertThat(rule(KeyFunction.BIRTH_DATE).keys(view(record().birthDate(PartialDate.ofMonth(1980, 3))))).isEmpty();
    assertThat(rule(KeyFunction.BIRTH_DATE).keys(view(record().birthDate(PartialDate.of(1980, 3, 4))))).containsExactly("r:1980-03-04");
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

    assertThat(rule(KeyFunction.ONLINE_HANDLE).keys(a)).isEqualTo(rule(KeyFunction.ONLINE_HANDLE).keys(b)).containsExactly("r:ivan_k");
  }
}
