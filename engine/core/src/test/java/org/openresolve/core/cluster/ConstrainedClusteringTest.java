package org.openresolve.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstrainedClusteringTest {
  private static CannotLink apart(int x, int y, String why) {
    return (a, b) -> (a == x && b == y) ? Optional.of(why) : Optional.empty();
  }

  @Test
  void mergesAChainWhenNothingForbidsIt() {
    var r =
        ConstrainedClustering.cluster(
            3,
            List.of(new ScoredLink(0, 1, 10, false), new ScoredLink(1, 2, 9, false)),
            CannotLink.NONE);

    assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[1]).isEqualTo(r.clusterOf()[2]);
    assertThat(r.rejected()).isEmpty();
  }

  @Test
  void cutsTheWeakestLinkOnAChainJoiningTwoRecordsThatCannotBeTogether() {
    // 0 -12- 1 -5- 2 -11- 3, and 0 and 3 hold different passports
    var links =
        List.of(
            new ScoredLink(0, 1, 12, false),
            new ScoredLink(1, 2, 5, false),
            new ScoredLink(2, 3, 11, false));

    var r = ConstrainedClustering.cluster(4, links, apart(0, 3, "different passports"));

    assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[1]);
    assertThat(r.clusterOf()[2]).isEqualTo(r.clusterOf()[3]);
    assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[3]);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.link()).isEqualTo(new ScoredLink(1, 2, 5, false));
              assertThat(x.conflictA()).isZero();
              assertThat(x.conflictB()).isEqualTo(3);
              assertThat(x.reason()).isEqualTo("different passports");
            });
  }

  @Test
  void keepsTwoRecordsApartEvenWhenEveryLinkBetweenThemIsStrong() {
    var links =
        List.of(
            new ScoredLink(0, 1, 30, false),
            new ScoredLink(1, 2, 30, false),
            new ScoredLink(0, 2, 29, false));

    var r = ConstrainedClustering.cluster(3, links, apart(0, 2, "analyst: DIFFERENT"));

    assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[2]);
    assertThat(r.rejected()).hasSize(2);
  }

  @Test
  void takesAJudgedLinkBeforeAnyScoredOne() {
    // 0-1 scored strongly, 1-2 judged SAME; 0 and 2 cannot be together: the judgement wins.
    var links = List.of(new ScoredLink(0, 1, 40, false), new ScoredLink(1, 2, 0, true));

    var r = ConstrainedClustering.cluster(3, links, apart(0, 2, "incompatible birth dates"));

    assertThat(r.clusterOf()[1]).isEqualTo(r.clusterOf()[2]);
    assertThat(r.clusterOf()[0]).isNotEqualTo(r.clusterOf()[1]);
  }

  @Test
  void givesTheSameClustersWhateverTheOrderOfTheLinks() {
    var a =
        List.of(
            new ScoredLink(0, 1, 7, false),
            new ScoredLink(1, 2, 7, false),
            new ScoredLink(2, 3, 7, false));
    var b = List.of(a.get(2), a.get(0), a.get(1));
    CannotLink c = apart(0, 3, "x");

    assertThat(ConstrainedClustering.cluster(4, a, c).clusterOf())
        .isEqualTo(ConstrainedClustering.cluster(4, b, c).clusterOf());
  }

  @Test
  void letsAnAnalystsSameOverruleARecordGuardButNotAnAnalystsDifferent() {
    var links = List.of(new ScoredLink(0, 1, 0, true), new ScoredLink(1, 2, 0, true));

    var r =
        ConstrainedClustering.cluster(
            3,
            links,
            apart(0, 2, "judged DIFFERENT"),
            RecordGuards.distinct(3, apart(0, 1, "birth years apart")));

    assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[1]);
    assertThat(r.clusterOf()[2]).isNotEqualTo(r.clusterOf()[0]);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(x -> assertThat(x.reason()).isEqualTo("judged DIFFERENT"));
  }

  @Test
  void entityLevelContradictionRefusesADirectLinkAsItCutsAChain() {
    // Principle: a guard names what makes two records two people; a score high enough to link
    // (the names and birth date agree) does not make two different tax ids one person.
    var direct =
        ConstrainedClustering.guarded(
            2, List.of(new ScoredLink(0, 1, 9, false)), apart(0, 1, "different tax ids"));
    assertThat(direct.clusterOf()[0]).isNotEqualTo(direct.clusterOf()[1]);
    assertThat(direct.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.link()).isEqualTo(new ScoredLink(0, 1, 9, false));
              assertThat(r.reason()).isEqualTo("different tax ids");
              assertThat(r.guard()).isZero();
            });

    // The same guard on a chain 0-1-2: the weaker link is cut.
    var chain =
        ConstrainedClustering.guarded(
            3,
            List.of(new ScoredLink(0, 1, 9, false), new ScoredLink(1, 2, 6, false)),
            apart(0, 2, "different tax ids"));
    assertThat(chain.clusterOf()[0]).isNotEqualTo(chain.clusterOf()[2]);
    assertThat(chain.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.link()).isEqualTo(new ScoredLink(1, 2, 6, false)));
  }

  @Test
  void aGuardOfEveryPairRefusesEveryLinkToARecordItsClassCannotJoin() {
    // 0, 1 and 3 hold one tax id, 2 another: each link to 2 is refused, the others merge.
    int[] facts = {0, 0, 1, 0};
    CannotLink years =
        (a, b) -> facts[a] != facts[b] ? Optional.of("different tax ids") : Optional.empty();
    var links =
        List.of(
            new ScoredLink(0, 1, 20, false),
            new ScoredLink(0, 3, 18, false),
            new ScoredLink(0, 2, 9, false),
            new ScoredLink(1, 2, 7, false));

    var r =
        ConstrainedClustering.cluster(
            4,
            links,
            CannotLink.NONE,
            RecordGuards.none(4).and(i -> facts[i], years, RecordGuards.Scope.EVERY_PAIR));

    assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[1]).isEqualTo(r.clusterOf()[3]);
    assertThat(r.clusterOf()[2]).isNotEqualTo(r.clusterOf()[0]);
    assertThat(r.rejected()).extracting(x -> x.link().weight()).containsExactly(9.0, 7.0);
  }

  @Test
  void aGuardOfChainsLeavesADirectLinkToItsScore() {
    // 0-1 scored above the threshold despite their birth dates: the birth-date comparison weighed
    // them, with its tolerance for a mistyped date; 2 reaches 1 only through 0 with 0's facts, so
    // 1-2 is the disagreement the 0-1 link weighed too.
    int[] facts = {0, 1, 0};
    CannotLink years =
        (a, b) -> facts[a] != facts[b] ? Optional.of("birth years apart") : Optional.empty();
    var links = List.of(new ScoredLink(0, 1, 9, false), new ScoredLink(0, 2, 12, false));

    var r =
        ConstrainedClustering.cluster(
            3,
            links,
            CannotLink.NONE,
            RecordGuards.none(3).and(i -> facts[i], years, RecordGuards.Scope.CHAINS));

    assertThat(r.clusterOf()).containsOnly(r.clusterOf()[0]);
    assertThat(r.rejected()).isEmpty();
  }

  @Test
  void cutsAChainBetweenRecordsNoLinkCompared() {
    // Father (0) and son (2) with different birth dates meet only through 1, a record without a
    // date: no link compared a father's record with a son's, so the chain is cut.
    int[] facts = {0, 1, 2, 0};
    CannotLink years =
        (a, b) ->
            Math.min(facts[a], facts[b]) == 0 && Math.max(facts[a], facts[b]) == 2
                ? Optional.of("birth years apart")
                : Optional.empty();
    var links =
        List.of(
            new ScoredLink(0, 3, 20, false),
            new ScoredLink(0, 1, 9, false),
            new ScoredLink(1, 2, 8, false));

    var r =
        ConstrainedClustering.cluster(
            4,
            links,
            CannotLink.NONE,
            RecordGuards.none(4).and(i -> facts[i], years, RecordGuards.Scope.CHAINS));

    assertThat(r.clusterOf()[2]).isNotEqualTo(r.clusterOf()[0]);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(x -> assertThat(x.link()).isEqualTo(new ScoredLink(1, 2, 8, false)));
  }
}
