package org.openresolve.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MostWrittenTest {
  @Test
  void theFormMostRecordsWriteIsChosen() {
    MostWritten names =
        new MostWritten().add("H SIDDIQUI").add("Hamid Siddiqui").add("Hamid Siddiqui");

    assertThat(names.choice()).isEqualTo("Hamid Siddiqui");
  }

  @Test
  void aTieGoesToTheLongerForm() {
    assertThat(new MostWritten().add("1980").add("1980-03-04").choice()).isEqualTo("1980-03-04");
  }

  @Test
  void aTieOfEqualLengthGoesToTheFirstInCodePointOrderWhateverTheArrivalOrder() {
    assertThat(new MostWritten().add("Ann Lee").add("Ann LEE").choice()).isEqualTo("Ann LEE");
    assertThat(new MostWritten().add("Ann LEE").add("Ann Lee").choice()).isEqualTo("Ann LEE");
  }

  @Test
  void surroundingBlanksDoNotMakeAnotherForm() {
    assertThat(new MostWritten().add(" Li Wei").add("Li Wei ").add("LI Wei").choice())
        .isEqualTo("Li Wei");
  }

  @Test
  void nothingWrittenGivesNoChoice() {
    assertThat(new MostWritten().add(null).add("  ").choice()).isNull();
  }
}
