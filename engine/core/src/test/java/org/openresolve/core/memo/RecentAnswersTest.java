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
  void forgetsEverythingOnceFullAndAnswersAgain() {
    RecentAnswers<Integer, Integer> answers = new RecentAnswers<>(2);
    AtomicInteger asked = new AtomicInteger();
    answers.get(1, k -> asked.incrementAndGet());
    answers.get(2, k -> asked.incrementAndGet());
    answers.get(3, k -> asked.incrementAndGet()); // full: 1 and 2 are forgotten
    answers.get(1, k -> asked.incrementAndGet());
    assertThat(asked).hasValue(4);
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
        (RecentAnswers<String, String>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertThat(shipped.get("a", k -> "computed there")).isEqualTo("computed there");
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new RecentAnswers<>(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
  }
}
