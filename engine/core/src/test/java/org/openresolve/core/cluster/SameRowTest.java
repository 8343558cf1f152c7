package org.openresolve.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.MatchView;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

class SameRowTest {
  private static MatchView view(String source, String id, String rowSha256) {
    return MatchView.of(
        PersonRecord.builder(new RecordKey(source, SourceKind.INTELLIGENCE_REPORTS, id, rowSha256))
            .build());
  }

  @Test
  void twoSubjectsOfOneReportCannotBeOnePerson() {
    assertThat(SameRow.between(view("intel", "R1/S1", "ab"), view("intel", "R1/S2", "ab")))
        .contains("are two subjects of one input row");
  }

  @Test
  void recordsOfDifferentRowsOrSourcesAreLeftToTheScore() {
    assertThat(SameRow.between(view("intel", "R1/S1", "ab"), view("intel", "R2/S1", "cd")))
        .isEmpty();
    assertThat(SameRow.between(view("intel", "R1/S1", "ab"), view("other", "R1/S1", "ab")))
        .isEmpty();
  }
}
