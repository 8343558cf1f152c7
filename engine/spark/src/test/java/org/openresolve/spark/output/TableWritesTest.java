package org.openresolve.spark.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TableWritesTest {
  @Test
  void oneAtATimeRunsTheStepsInTheirOrder() {
    List<String> ran = new ArrayList<>();
    var timings =
        TableWrites.run(
            List.of(
                new TableWrites.Step("b", () -> ran.add("b")),
                new TableWrites.Step("a", () -> ran.add("a"))),
            1);
    assertThat(ran).containsExactly("b", "a");
    assertThat(timings).containsOnlyKeys("b", "a");
    assertThat(timings.keySet()).containsExactly("b", "a");
  }

  @Test
  void severalAtOnceRunTogetherAndReportInTheStepsOrder() {
    // Each step waits for the other: only steps running at the same time both finish in time.
    CountDownLatch both = new CountDownLatch(2);
    List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
    Runnable meet =
        () -> {
          both.countDown();
          try {
            met.add(both.await(10, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    var timings =
        TableWrites.run(
            List.of(new TableWrites.Step("second", meet), new TableWrites.Step("first", meet)), 2);
    assertThat(met).containsExactly(true, true);
    assertThat(timings.keySet()).containsExactly("second", "first");
  }

  @Test
  void aFailureIsThrownOnlyOnceEveryStepHasEnded() {
    AtomicBoolean slowEnded = new AtomicBoolean();
    List<TableWrites.Step> steps =
        List.of(
            new TableWrites.Step(
                "fails",
                () -> {
                  throw new IllegalStateException("disk full");
                }),
            new TableWrites.Step(
                "slow",
                () -> {
                  try {
                    Thread.sleep(300);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  slowEnded.set(true);
                }));
    assertThatThrownBy(() -> TableWrites.run(steps, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("disk full");
    assertThat(slowEnded).isTrue();
  }

  @Test
  void atOnceBelowOneIsRefused() {
    assertThatThrownBy(() -> TableWrites.run(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
