package org.openresolve.core.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {
  @Test
  void asksAQuestionOnceWhileItIsRemembered() {
    RecentAnswers<String, Integer> answers = new RecentAnswers<>(8);
    AtomicInteger asked = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertThat(answers.get("ivanov", k -> asked.incrementAndGet() + k.length())).isEqualTo(7);
    }
    assertThat(asked).hasValue(1);
  }

  @Test
  void aNewerKeyTakesTheSlotOfAnOlderOne() {
    RecentAnswers<Integer, Integer> answers = new RecentAnswers<>(1);
    AtomicInteger asked = new AtomicInteger();
    answers.get(1, k -> asked.incrementAndGet());
    answers.get(2, k -> asked.incrementAndGet()); // one slot: 1 is forgotten
    assertThat(answers.get(1, k -> asked.incrementAndGet() * 10)).isEqualTo(30);
    assertThat(asked).hasValue(3);
  }

  @Test
  void answersEveryKeyAsTheFunctionDoesWhateverItForgets() {
    RecentAnswers<String, Integer> answers = new RecentAnswers<>(16);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 1000; i++) {
        String key = "name" + i;
        assertThat(answers.get(key, String::length)).isEqualTo(key.length());
      }
    }
  }

  @Test
  void keepsAnswersApartPerThread() throws Exception {
    RecentAnswers<String, String> answers = new RecentAnswers<>(4);
    answers.get("a", k -> "main");
    String[] other = new String[1];
    Thread t = new Thread(() -> other[0] = answers.get("a", k -> "other thread"));
    t.start();
    t.join();
    assertThat(other[0]).isEqualTo("other thread");
    assertThat(answers.get("a", k -> "asked again")).isEqualTo("main");
  }

  @Test
  void startsEmptyAfterBeingShippedToATask() throws Exception {
    RecentAnswers<String, String> answers = new RecentAnswers<>(4);
    answers.get("a", k -> "first");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(answers);
    }
    @SuppressWarnings("unchecked")
    RecentAnswers<String, String> shipped =
        (RecentAnswers<String, String>)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertThat(shipped.get("a", k -> "computed there")).isEqualTo("computed there");
  }

  @Test
  void refusesASizeThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> new RecentAnswers<>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
    assertThatThrownBy(() -> new RecentAnswers<>(12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
  }
}
