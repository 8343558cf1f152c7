package org.openresolve.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openresolve.core.lineage.LineageEvent.Kind;

class IdCarryOverTest {
  private static NewEntity entity(String id) {
    return new NewEntity(id, "s:" + id, false);
  }

  @Test
  void anUnchangedEntityKeepsItsId() {
    IdCarryOver.Result r =
        IdCarryOver.decide(
            Map.of("E-old", 3L),
            List.of(entity("E-new")),
            List.of(new Overlap("E-old", "E-new", 3)));

    assertThat(r.ids()).containsEntry("E-new", "E-old");
    assertThat(r.events()).containsExactly(new LineageEvent("E-old", "E-old", Kind.KEPT, 3));
  }

  @Test
  void aMergeKeepsTheIdOfTheLargerShareAndRetiresTheOther() {
    IdCarryOver.Result r =
        IdCarryOver.decide(
            Map.of("E-a", 3L, "E-b", 2L),
            List.of(entity("E-new")),
            List.of(new Overlap("E-a", "E-new", 3), new Overlap("E-b", "E-new", 2)));

    assertThat(r.ids()).containsEntry("E-new", "E-a");
    assertThat(r.events())
        .containsExactly(
            new LineageEvent("E-a", "E-a", Kind.KEPT, 3),
            new LineageEvent("E-b", "E-a", Kind.MERGED, 2));
  }

  @Test
  void aMergeOfEqualSharesKeepsTheSmallestPreviousId() {
    IdCarryOver.Result r =
        IdCarryOver.decide(
            Map.of("E-b", 2L, "E-a", 2L),
            List.of(entity("E-new")),
            List.of(new Overlap("E-b", "E-new", 2), new Overlap("E-a", "E-new", 2)));

    assertThat(r.ids()).containsEntry("E-new", "E-a");
  }

  @Test
  void aSplitKeepsTheIdWhereMostRecordsWentAndGivesTheRestANewId() {
    IdCarryOver.Result r =
        IdCarryOver.decide(
            Map.of("E-old", 3L),
            List.of(entity("E-x"), entity("E-y")),
            List.of(new Overlap("E-old", "E-x", 2), new Overlap("E-old", "E-y", 1)));

    assertThat(r.ids()).containsEntry("E-x", "E-old").containsEntry("E-y", "E-y");
    assertThat(r.events())
        .containsExactly(
            new LineageEvent("E-old", "E-old", Kind.KEPT, 2),
            new LineageEvent("E-old", "E-y", Kind.SPLIT, 1));
  }

  @Test
  void anEvenSplitKeepsTheIdNowhere() {
    IdCarryOver.Result r =
        IdCarryOver.decide(
            Map.of("E-old", 2L),
            List.of(entity("E-x"), entity("E-y")),
            List.of(new Overlap("E-old", "E-x", 1), new Overlap("E-old", "E-y", 1)));

    assertThat(r.ids()).containsEntry("E-x", "E-x").containsEntry("E-y", "E-y");
    assertThat(r.events()).extracting(LineageEvent::kind).containsExactly(Kind.SPLIT, Kind.SPLIT);
  }

  @Test
  void aDerivedIdTheEarlierRunUsedIsNotReusedWithANewMeaning() {
    // The previous entity E-x split evenly; the half holding its smallest record derives E-x again.
    IdCarryOver.Result r =
        IdCarryOver.decide(
            Map.of("E-x", 2L),
            List.of(new NewEntity("E-x", "s:1", true), entity("E-y")),
            List.of(new Overlap("E-x", "E-x", 1), new Overlap("E-x", "E-y", 1)));

    assertThat(r.ids().get("E-x")).isEqualTo(IdCarryOver.derive("s:1#1")).isNotEqualTo("E-x");
  }

  @Test
  void anEntityOfNewRecordsOnlyIsNew() {
    IdCarryOver.Result r = IdCarryOver.decide(Map.of(), List.of(entity("E-n")), List.of());

    assertThat(r.events()).containsExactly(new LineageEvent(null, "E-n", Kind.NEW, 0));
  }

  @Test
  void aPreviousEntityWithNoRecordLeftIsRetired() {
    IdCarryOver.Result r = IdCarryOver.decide(Map.of("E-gone", 2L), List.of(), List.of());

    assertThat(r.events()).containsExactly(new LineageEvent("E-gone", null, Kind.RETIRED, 0));
  }

  @Test
  void refusesAnOverlapWithAPreviousEntityOfUnknownSize() {
    assertThatThrownBy(
            () ->
                IdCarryOver.decide(
                    Map.of(), List.of(entity("E-n")), List.of(new Overlap("E-p", "E-n", 1))))
        .hasMessage("overlap with previous entity E-p of unknown size");
  }

  @Test
  void derivesIdsAsResolutionDoes() {
    // sha256("a:1") starts with these 16 hex digits.
    assertThat(IdCarryOver.derive("a:1")).matches("E-[0-9a-f]{16}");
  }
}
