package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.Email;
import org.openresolve.model.PersonRecord;

/** The e-mail comparison of rules/default, by its level labels. */
class EmailComparatorTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int EMAIL = RULES.comparisonIndex("email");

  private static String level(PersonRecord a, PersonRecord b) {
    ComparisonVector v = COMPARER.compare(MatchView.of(a), MatchView.of(b));
    return RULES.comparisons().get(EMAIL).levels().get(v.level(EMAIL)).label();
  }

  private static PersonRecord email(String id, String address) {
    return record(id).email(new Email(address, address)).build();
  }

  private static PersonRecord person(String id, String given, String family, String address) {
    return record(id).name(Records.name(given, family)).email(new Email(address, address)).build();
  }

  @Test
  void oneMailboxNameAtTwoDomainsIsItsOwnLevel() {
    assertThat(level(email("a", "sasha.iv85@mail.example"), email("b", "sasha_iv85@post.example")))
        .isEqualTo("same name at another domain");
  }

  @Test
  void aMistypedDomainKeepsTheMailboxName() {
    assertThat(level(email("a", "gabriel.t54@nichols.info"), email("b", "gabriel.t54@nichls.info")))
        .isEqualTo("same name at another domain");
  }

  @ParameterizedTest
  @CsvSource({"info@mail.example, info@post.example", "admin@one.example, admin@two.example"})
  void aNameAnyoneMightChooseIsNoEvidence(String x, String y) {
    assertThat(level(email("a", x), email("b", y))).isEqualTo("different");
  }

  @Test
  void aForenameAloneIsNoEvidence() {
    assertThat(
            level(
                person("a", "Anna", "Kowalska", "anna@mail.example"),
                person("b", "Anna", "Nowak", "anna@post.example")))
        .isEqualTo("different");
  }

  @Test
  void aFamilyNameWithAnInitialAndNoDigitsIsWhatAnyNamesakeChooses() {
    assertThat(
            level(
                person("a", "John", "Smith", "jsmith@mail.example"),
                person("b", "James", "Smith", "jsmith@post.example")))
        .isEqualTo("different");
    assertThat(
            level(
                person("a", "John", "Smith", "jsmith71@mail.example"),
                person("b", "John", "Smith", "jsmith71@post.example")))
        .isEqualTo("same name at another domain");
  }

  @Test
  void aMailboxNameMadeOfTheNamesIsAnyNamesakesChoice() {
    assertThat(
            level(
                person("a", "Amanda", "Jones", "amanda.jones@mail.example"),
                person("b", "Amanda", "Jones", "amanda.jones@britmail.example")))
        .isEqualTo("different");
    assertThat(
            level(
                person("a", "Lola", "Brown", "lola.b@mail.example"),
                person("b", "Lola", "Brown", "lola.b@post.example")))
        .isEqualTo("different");
    assertThat(
            level(
                person("a", "Amanda", "Jones", "amanda.jones84@mail.example"),
                person("b", "Amanda", "Jones", "amanda.jones84@britmail.example")))
        .isEqualTo("same name at another domain");
  }

  @Test
  void oneKeystrokeAtOneDomainIsAMistypedAddress() {
    assertThat(level(email("a", "robert255@smith.example"), email("b", "robrt255@smith.example")))
        .isEqualTo("one keystroke off");
  }

  @Test
  void differentDigitsAreTwoMailboxes() {
    assertThat(level(email("a", "jsmith1@mail.example"), email("b", "jsmith2@mail.example")))
        .isEqualTo("different");
  }

  @Test
  void aKeystrokeAtAnotherDomainIsTwoAddresses() {
    assertThat(level(email("a", "robert255@smith.example"), email("b", "robrt255@jones.example")))
        .isEqualTo("different");
  }

  @Test
  void shortNamesAreTooCloseToOthersToCallATypo() {
    assertThat(level(email("a", "ann@mail.example"), email("b", "anna@mail.example")))
        .isEqualTo("different");
  }

  @Test
  void theComparisonTravelsToSparkExecutors() throws Exception {
    java.io.ObjectOutputStream out =
        new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream());
    out.writeObject(COMPARER);
    out.close();
  }

  @Test
  void theSameMailboxStaysTheBestLevel() {
    assertThat(
            level(
                email("a", "sasha.iv85+news@mail.example"), email("b", "sasha.iv85@mail.example")))
        .isEqualTo("same");
  }
}
