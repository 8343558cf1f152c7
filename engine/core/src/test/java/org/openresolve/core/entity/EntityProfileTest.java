package org.openresolve.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.HandlingCodes;

class EntityProfileTest {
  private static final HandlingCodes CODES = new HandlingCodes(List.of("OFFICIAL", "SECRET"));

  @Test
  void aVictimMergedWithASuspectKeepsItsCategoryAndIsFlagged() {
    EntityProfile p =
        new EntityProfile.Builder()
            .add("subject_category", "SUSPECT", "SUSPECT", "intel", "S1")
            .add("name", "Anna PETROVA", "anna petrova", "intel", "S1")
            .add("handling_code", "secret", "SECRET", "intel", "S1")
            .add("subject_category", "VICTIM", "VICTIM", "crim", "V1")
            .add("name", "Anna Petrova", "anna petrova", "crim", "V1")
            .add("birth_date", "1990-02-03", "1990-02-03", "crim", "V1")
            .add("handling_code", "OFFICIAL", "OFFICIAL", "crim", "V1")
            .add("phone", "01110 000001", "+441110000001", "intel", "S1")
            .build(CODES, 25);

    assertThat(p.sources()).containsExactly("crim", "intel");
    assertThat(p.members())
        .containsExactly(
            new EntityProfile.Member("crim", "V1", "VICTIM"),
            new EntityProfile.Member("intel", "S1", "SUSPECT"));
    assertThat(p.memberCount()).isEqualTo(2);
    assertThat(p.names()).containsExactly("anna petrova");
    assertThat(p.displayName()).isEqualTo("Anna PETROVA");
    assertThat(p.displayBirthDate()).isEqualTo("1990-02-03");
    assertThat(p.birthDates()).containsExactly("1990-02-03");
    assertThat(p.subjectCategories())
        .containsExactly(
            new EntityProfile.CategoryRecords("SUSPECT", List.of("intel:S1")),
            new EntityProfile.CategoryRecords("VICTIM", List.of("crim:V1")));
    assertThat(p.handlingCode()).isEqualTo("SECRET");
    assertThat(p.reviewFlags()).containsExactly(EntityProfile.VICTIM_OR_WITNESS_WITH_SUSPECT);
  }

  @Test
  void valuesThatCouldNotBeNormalisedAreLeftOutOfTheProfile() {
    EntityProfile p =
        new EntityProfile.Builder()
            .add("subject_category", "OTHER", "OTHER", "s", "1")
            .add("identifier", "X", null, "s", "1")
            .add("identifier", "P 123", "PASSPORT:GB:123", "s", "1")
            .build(CODES, 25);

    assertThat(p.identifiers()).containsExactly("PASSPORT:GB:123");
    assertThat(p.displayName()).isNull();
    assertThat(p.displayBirthDate()).isNull();
    assertThat(p.handlingCode()).isNull();
    assertThat(p.reviewFlags()).isEmpty();
  }

  @Test
  void anEntityLargerThanTheLimitIsFlaggedNotSplit() {
    EntityProfile.Builder b = new EntityProfile.Builder();
    for (String id : List.of("3", "1", "2")) {
      b.add("subject_category", "SUSPECT", "SUSPECT", "s", id);
    }
    EntityProfile p = b.build(CODES, 2);

    assertThat(p.memberCount()).isEqualTo(3);
    assertThat(p.members())
        .extracting(EntityProfile.Member::recordId)
        .containsExactly("1", "2", "3");
    assertThat(p.reviewFlags()).containsExactly(EntityProfile.OVERSIZE_ENTITY);
  }

  @Test
  void listsAreOrderedByCodePointsAsParquetAndSparkOrderThem() {
    // U+1D400 (a letter beyond the BMP) sorts after U+FF21 by code point, before it in UTF-16
    // units.
    String beyond = new String(Character.toChars(0x1D400));
    String fullWidthA = "\uFF21";
    EntityProfile p =
        new EntityProfile.Builder()
            .add("subject_category", "OTHER", "OTHER", "s", "1")
            .add("name", beyond, beyond, "s", "1")
            .add("name", fullWidthA, fullWidthA, "s", "1")
            .add("name", "b", "b", "s", "1")
            .build(CODES, 25);

    assertThat(p.names()).containsExactly("b", fullWidthA, beyond);
    assertThat(beyond.compareTo(fullWidthA)).isNegative();
  }

  @Test
  void eachCategoryListsTheRecordsThatStateIt() {
    EntityProfile p =
        new EntityProfile.Builder()
            .add("subject_category", "WITNESS", "WITNESS", "b", "2")
            .add("subject_category", "WITNESS", "WITNESS", "a", "9")
            .add("subject_category", "CONVICTED", "CONVICTED", "a", "1")
            .build(CODES, 25);

    assertThat(p.subjectCategories())
        .containsExactly(
            new EntityProfile.CategoryRecords("CONVICTED", List.of("a:1")),
            new EntityProfile.CategoryRecords("WITNESS", List.of("a:9", "b:2")));
    assertThat(p.reviewFlags()).containsExactly(EntityProfile.VICTIM_OR_WITNESS_WITH_SUSPECT);
  }
}
