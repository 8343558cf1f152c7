package org.openresolve.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.MatchView;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

class RecordConflictsTest {
  private static final RecordConflicts CONFLICTS =
      new RecordConflicts(Set.of("NATIONAL_ID", "TAX_ID"), 5);

  private static MatchView view(String id, String nationalId, String birth) {
    PersonRecord.Builder b = PersonRecord.builder(new RecordKey("s", SourceKind.CSV, id, "0"));
    b.name(
        new PersonName(
            NameType.PRIMARY, "John Smith", "Latn", "john smith", "john", "smith", null, null));
    if (nationalId != null) {
      b.identifier(new Identifier(IdentifierType.NATIONAL_ID, "AU", nationalId, nationalId));
    }
    if (birth != null) {
      String[] p = birth.split("-");
      b.birthDate(
          PartialDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    return MatchView.of(b.build());
  }

  @Test
  void forbidsTwoDifferentNationalIdsOfOneIssuer() {
    assertThat(CONFLICTS.between(view("1", "5304218", null), view("2", "9911002", null)))
        .hasValue("different NATIONAL_ID issued by AU (5304218 vs 9911002)");
  }

  @Test
  void allowsANationalIdWithOneMistypedCharacter() {
    assertThat(CONFLICTS.between(view("1", "5304218", null), view("2", "5304213", null))).isEmpty();
    assertThat(CONFLICTS.between(view("1", "5304218", null), view("2", "5302418", null))).isEmpty();
  }

  @Test
  void forbidsBirthDatesAGenerationApart() {
    assertThat(CONFLICTS.between(view("1", null, "1961-03-02"), view("2", null, "1988-07-11")))
        .hasValue("birth dates 1961-03-02 and 1988-07-11 are more than 5 years apart");
  }

  @Test
  void allowsABirthYearWithTwoDigitsSwapped() {
    assertThat(CONFLICTS.between(view("1", null, "1984-03-02"), view("2", null, "1948-03-02")))
        .isEmpty();
  }

  @Test
  void saysNothingWhenOneSideLacksTheValue() {
    assertThat(CONFLICTS.between(view("1", "5304218", "1961-03-02"), view("2", null, null)))
        .isEmpty();
  }

  @Test
  void ignoresIdentifierTypesAPersonMayHoldSeveralOf() {
    RecordConflicts passportsOnly = new RecordConflicts(Set.of("PASSPORT"), 5);
    assertThat(passportsOnly.between(view("1", "5304218", null), view("2", "9911002", null)))
        .isEmpty();
  }

  @Test
  void takesTheSameNationalIdOverBirthDatesThatDisagree() {
    assertThat(
            CONFLICTS.between(
                view("1", "5304218", "1966-03-06"), view("2", "5304218", "1913-06-29")))
        .isEmpty();
  }

  @Test
  void letsAMistypedBirthDateJoinWhenTheRecordsHoldOneDocumentWithAMistypedNumber() {
    // One person: 0 and 1 born 1985, 1 with its national id one digit off; 2 shares 0's id but its
    // date is 1919. 1 and 2 hold one document too (a number one slip from the other), which
    // outweighs their dates.
    List<MatchView> views =
        List.of(
            view("0", "5181141", "1985-11-27"),
            view("1", "5181241", "1985-11-27"),
            view("2", "5181141", "1919-12-11"));
    var links = List.of(new ScoredLink(0, 1, 20, false), new ScoredLink(0, 2, 9, false));

    var r =
        ConstrainedClustering.cluster(
            3, links, CannotLink.NONE, CONFLICTS.guards(views, i -> "r" + i));

    assertThat(r.clusterOf()).containsOnly(r.clusterOf()[0]);
  }

  @Test
  void keepsAFatherAndSonApartWhenOnlyARecordWithoutADateJoinsThem() {
    List<MatchView> views =
        List.of(
            view("0", null, "1961-03-02"), view("1", null, null), view("2", null, "1988-07-11"));
    var links = List.of(new ScoredLink(0, 1, 9, false), new ScoredLink(1, 2, 8, false));

    var r =
        ConstrainedClustering.cluster(
            3, links, CannotLink.NONE, CONFLICTS.guards(views, i -> "r" + i));

    assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[2]);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.reason())
                    .isEqualTo(
                        "r0 and r2 cannot be one person: birth dates 1961-03-02 and 1988-07-11 are more than 5 years apart"));
  }
}
