package org.openresolve.connectors.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.model.Judgement;

class JudgementsFileTest {
  private static final String HEADER =
      "source_l,record_id_l,source_r,record_id_r,decision,author,time,reason\n";

  private static java.util.List<Judgement> read(String text) {
    return JudgementsFile.read(
        "j.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsSameAndDifferentJudgements() {
    var j =
        read(
            HEADER
                + "crim,C1,intel,R1/S1,SAME,a.analyst,2026-05-01T10:00:00Z,same fingerprints\n"
                + "crim,C2,crim,C3,different,b.analyst,2026-05-02,\"father and son, see file 12\"\n");

    assertThat(j)
        .extracting(Judgement::left, Judgement::right, Judgement::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("crim:C1", "intel:R1/S1", Judgement.Verdict.SAME),
            org.assertj.core.groups.Tuple.tuple("crim:C2", "crim:C3", Judgement.Verdict.DIFFERENT));
    assertThat(j.get(1).reason()).isEqualTo("father and son, see file 12");
    assertThat(j.get(1).at()).hasToString("2026-05-02T00:00:00Z");
  }

  @Test
  void stopsAtAnUnknownDecisionNamingTheLine() {
    assertThatThrownBy(() -> read(HEADER + "crim,C1,crim,C2,MAYBE,a,2026-05-01,x\n"))
        .isInstanceOf(AnalystFileException.class)
        .hasMessage("j.csv:2: decision 'MAYBE' is not SAME or DIFFERENT");
  }

  @Test
  void stopsAtAWrongHeader() {
    assertThatThrownBy(() -> read("a,b\n"))
        .hasMessageStartingWith("j.csv:1: the header must be source_l,record_id_l");
  }

  @Test
  void stopsAtAJudgementOfARecordWithItself() {
    assertThatThrownBy(() -> read(HEADER + "crim,C1,crim,C1,SAME,a,2026-05-01,x\n"))
        .hasMessage("j.csv:2: a judgement is about two different records, not crim:C1 twice");
  }

  @Test
  void readsAnErasureListIgnoringCommentsAndItsHeader(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("erase.csv");
    Files.writeString(f, "source,record_id\n# court order 2026/17\ncrim,C1\n\nintel , R1/S2\n");

    assertThat(ErasureList.read(f)).containsExactly("crim:C1", "intel:R1/S2");
  }

  @Test
  void stopsAtAnErasureLineWithoutRecordId(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("erase.csv");
    Files.writeString(f, "crim,C1\ncrim\n");

    assertThatThrownBy(() -> ErasureList.read(f)).hasMessage(f + ":2: expected source,record_id");
  }
}
