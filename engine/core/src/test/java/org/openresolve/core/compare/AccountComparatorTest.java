package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.name;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Email;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PersonRecord;

/** The online_account comparison of rules/default, by its level labels. */
class AccountComparatorTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int ACCOUNT = RULES.comparisonIndex("online_account");

  private static String level(PersonRecord a, PersonRecord b) {
    ComparisonVector v = COMPARER.compare(MatchView.of(a), MatchView.of(b));
    return RULES.comparisons().get(ACCOUNT).levels().get(v.level(ACCOUNT)).label();
  }

  private static PersonRecord account(String id, String platform, String handle) {
    return record(id).account(new OnlineAccount(platform, handle, handle)).build();
  }

  private static PersonRecord named(
      String id, String given, String family, String platform, String handle) {
    return record(id)
        .name(name(given, family))
        .account(new OnlineAccount(platform, handle, handle))
        .build();
  }

  private static PersonRecord email(String id, String address) {
    return record(id).email(new Email(address, address)).build();
  }

  @Test
  void theSameHandleOnOnePlatformIsTheSameAccount() {
    assertThat(level(account("a", "telegram", "red_rider"), account("b", "telegram", "red_rider")))
        .isEqualTo("same account");
  }

  @Test
  void theSameHandleOnTwoPlatformsIsItsOwnLevel() {
    assertThat(level(account("a", "telegram", "red_rider"), account("b", "instagram", "red_rider")))
        .isEqualTo("same handle on another platform");
  }

  @Test
  void aHandleMeetsTheOtherRecordsEmailName() {
    assertThat(
            level(account("a", "telegram", "mad_falcon"), email("b", "mad.falcon@inbox.example")))
        .isEqualTo("handle is the e-mail name");
    assertThat(
            level(email("a", "mad.falcon@inbox.example"), account("b", "telegram", "mad_falcon")))
        .isEqualTo("handle is the e-mail name");
  }

  @Test
  void anEmailNameWithOtherDigitsIsNotTheHandle() {
    assertThat(
            level(
                account("a", "telegram", "mad_falcon85"), email("b", "mad.falcon86@inbox.example")))
        .isEqualTo("missing");
  }

  @ParameterizedTest
  @CsvSource({"_sasha_iv_, sasha.iv", "__Sasha_Iv_85_, sasha_iv85", "sasha_iv, sashaiv85"})
  void handlesAgreeWithoutDecoration(String x, String y) {
    assertThat(
            level(
                account("a", "x", x.toLowerCase(java.util.Locale.ROOT)),
                account("b", "telegram", y)))
        .isEqualTo("same handle undecorated");
  }

  @Test
  void twoDifferentNumericSuffixesAreDifferentHandles() {
    assertThat(level(account("a", "x", "sasha_iv84"), account("b", "x", "sasha_iv85")))
        .isNotEqualTo("same handle undecorated");
  }

  @ParameterizedTest
  @CsvSource({"admin", "info", "Web-Master", "user1", "ab"})
  void aGenericHandleOnTwoPlatformsIsNoEvidence(String handle) {
    String h = handle.toLowerCase(java.util.Locale.ROOT);
    assertThat(level(account("a", "x", h), account("b", "telegram", h))).isEqualTo("different");
  }

  @Test
  void aHandleThatIsOnlyTheForenameIsNoEvidence() {
    PersonRecord a = named("a", "anna", "petrova", "x", "anna");
    PersonRecord b = record("b").email(new Email("anna@mail.example", "anna@mail.example")).build();

    assertThat(level(a, b)).isEqualTo("missing");
    assertThat(level(a, account("c", "telegram", "anna85"))).isEqualTo("different");
  }

  @Test
  void aDisplayNameThatIsTheHandleDoesNotMakeItGeneric() {
    PersonRecord a =
        record("a")
            .name(
                new org.openresolve.model.PersonName(
                    org.openresolve.model.NameType.PRIMARY,
                    "ismail_ce",
                    "Latn",
                    "ismail ce",
                    null,
                    null,
                    null,
                    null))
            .account(new OnlineAccount("snapchat", "ismail_ce", "ismail_ce"))
            .build();

    assertThat(level(a, account("b", "instagram", "ismail_ce60")))
        .isEqualTo("same handle undecorated");
  }

  @Test
  void aGenericHandleIsStillTheSameAccountOnOnePlatform() {
    assertThat(level(account("a", "x", "admin"), account("b", "x", "admin")))
        .isEqualTo("same account");
  }

  @Test
  void noAccountOnOneSideIsMissing() {
    assertThat(level(account("a", "x", "red_rider"), email("b", "someone.else@mail.example")))
        .isEqualTo("missing");
  }

  @ParameterizedTest
  @CsvSource({"lnguyen", "nguyen", "l.nguyen", "nguyenl"})
  void aHandleThatOnlySpellsTheFamilyNameAndInitialIsNoEvidenceBeyondTheName(String handle) {
    PersonRecord a =
        record("a")
            .name(name("long", "nguyen"))
            .email(new Email(handle.replace("_", ".") + "@mail.example", handle + "@mail.example"))
            .build();
    PersonRecord b = named("b", "long", "nguyen", "ok", handle);
    PersonRecord c = named("c", "long", "nguyen", "x", handle);

    assertThat(level(a, b)).isEqualTo("missing");
    assertThat(level(b, c)).isEqualTo("different");
  }

  @Test
  void aNameSpelledHandleWithTheSameDigitsOnBothSidesIsStillEvidence() {
    PersonRecord a =
        record("a")
            .name(name("long", "nguyen"))
            .email(new Email("lnguyen85@mail.example", "lnguyen85@mail.example"))
            .build();
    PersonRecord b = record("b").account(new OnlineAccount("ok", "lnguyen85", "lnguyen85")).build();
    PersonRecord c = record("c").account(new OnlineAccount("x", "lnguyen85", "lnguyen85")).build();

    assertThat(level(a, b)).isEqualTo("handle is the e-mail name");
    assertThat(level(b, c)).isEqualTo("same handle on another platform");
  }

  @Test
  void aNameSpelledHandleWithADigitSuffixOnOneSideOnlyIsNoEvidence() {
    PersonRecord a = named("a", "anh", "pham", "facebook", "apham6467");
    PersonRecord b = record("b").account(new OnlineAccount("telegram", "a_pham", "a_pham")).build();

    assertThat(level(a, b)).isEqualTo("different");
  }

  @Test
  void aHandleSpellingTheWholeForenameAndFamilyNameStaysEvidence() {
    PersonRecord a =
        record("a")
            .name(name("bartosz", "zielinski"))
            .email(
                new Email("bartosz.zielinski@poczta.example", "bartosz.zielinski@poczta.example"))
            .build();
    PersonRecord b =
        record("b")
            .account(new OnlineAccount("forum.example", "bartosz.zielinski", "bartosz.zielinski"))
            .build();

    assertThat(level(a, b)).isEqualTo("handle is the e-mail name");
  }

  @ParameterizedTest
  @CsvSource({
    "ivan.shevchenko, ivan.shevchenko",
    "shevchenko.ivan3435, shevchenko.ivan",
    "_ivan_shevchenko, i.shevchenko",
    // The forename and the first letters of the family name, or the reverse.
    "ivan_sh8457, ivan_sh",
    "shev.iv, shev_iv2291"
  })
  void aHandleMadeOfTheNamesBothRecordsCarryIsNoEvidenceBeyondThem(String x, String y) {
    PersonRecord a = named("a", "ivan", "shevchenko", "facebook", x);
    PersonRecord b = named("b", "ivan", "shevchenko", "instagram", y);

    assertThat(level(a, b)).isEqualTo("different");
  }

  @Test
  void aHandleOfTheFirstLettersOfNamesCountsForAProfileNamedOnlyByIt() {
    PersonRecord a = named("a", "ivan", "shevchenko", "facebook", "ivan_sh8457");
    PersonRecord b = account("b", "instagram", "ivan_sh");

    assertThat(level(a, b)).isEqualTo("same handle undecorated");
  }

  @Test
  void aHandleMadeOfTheNamesBothRecordsCarryCountsWithTheSameDigits() {
    PersonRecord a = named("a", "ivan", "shevchenko", "facebook", "ivan.shevchenko3435");
    PersonRecord b = named("b", "ivan", "shevchenko", "instagram", "ivan_shevchenko3435");

    assertThat(level(a, b)).isEqualTo("same handle undecorated");
  }

  @Test
  void aHandleSpellingAFullNameCountsWhenTheOtherRecordWritesTheNameOnlyInPart() {
    PersonRecord a = named("a", "kofi", "mensah", "telegram", "kofi_mensah");
    PersonRecord b = named("b", "kofi", "m.", "forum.example", "_kofi_mensah_");

    assertThat(level(a, b)).isEqualTo("same handle undecorated");
  }

  @ParameterizedTest
  @CsvSource({"jack1986, jack1968", "sniper590, sniper450", "mad_falcon84, mad_falcon85"})
  void handlesEndingInDifferentDigitsAreNotSimilar(String x, String y) {
    assertThat(level(account("a", "x", x), account("b", "telegram", y))).isEqualTo("different");
  }

  @Test
  void aTypoInTheLettersWithTheSameDigitsIsStillSimilar() {
    assertThat(
            level(
                account("a", "x", "darkfalconer1985"), account("b", "telegram", "darkfalconr1985")))
        .isEqualTo("similar handle");
  }
}
