package org.openresolve.core.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTextPairsTest {
  @Test
  void asksAQuestionOnceWhileItIsRemembered() {
    RecentTextPairs answers = new RecentTextPairs(8);
    AtomicInteger asked = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertThat(answers.get("ivanov", "iwanow", 0.8, (a, b, t) -> asked.incrementAndGet() + t))
          .isEqualTo(1.8);
    }
    assertThat(asked).hasValue(1);
  }

  @Test
  void tellsQuestionsApartByOrderAndByNumber() {
    RecentTextPairs answers = new RecentTextPairs(1024);
    RecentTextPairs.Answer f = (a, b, t) -> a.compareTo(b) + t;
    assertThat(answers.get("anna", "hanna", 0.5, f)).isEqualTo("anna".compareTo("hanna") + 0.5);
    assertThat(answers.get("hanna", "anna", 0.5, f)).isEqualTo("hanna".compareTo("anna") + 0.5);
    assertThat(answers.get("anna", "hanna", 0.7, f)).isEqualTo("anna".compareTo("hanna") + 0.7);
  }

  @Test
  void answersEveryQuestionAsTheFunctionDoesWhateverItForgets() {
    RecentTextPairs answers = new RecentTextPairs(16);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 300; i++) {
        String a = "a" + i;
        String b = "b" + (i % 7);
        assertThat(answers.get(a, b, i % 3, (x, y, t) -> x.length() * 100 + y.length() + t))
            .isEqualTo(a.length() * 100 + b.length() + i % 3);
      }
    }
  }

  @Test
  void aNewerQuestionTakesTheSlotOfAnOlderOne() {
    RecentTextPairs answers = new RecentTextPairs(1);
    AtomicInteger asked = new AtomicInteger();
    answers.get("a", "b", 0, (x, y, t) -> asked.incrementAndGet());
    answers.get("c", "d", 0, (x, y, t) -> asked.incrementAndGet());
    assertThat(answers.get("a", "b", 0, (x, y, t) -> asked.incrementAndGet())).isEqualTo(3);
  }

  @Test
  void startsEmptyAfterBeingShippedToATask() throws Exception {
    RecentTextPairs answers = new RecentTextPairs(4);
    answers.get("a", "b", 0, (x, y, t) -> 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(answers);
    }
    RecentTextPairs shipped =
        (RecentTextPairs)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertThat(shipped.get("a", "b", 0, (x, y, t) -> 2)).isEqualTo(2);
  }

  @Test
  void refusesASizeThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> new RecentTextPairs(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
    assertThatThrownBy(() -> new RecentTextPairs(100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
  }
}
