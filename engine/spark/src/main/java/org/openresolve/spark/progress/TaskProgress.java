package org.openresolve.spark.progress;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Spark's tasks done and to do in the stages running now, printed every few seconds while any runs,
 * so that a long stage (or one long task) shows it is alive; between Spark stages, that the
 * engine's stage is still at work. A daemon timer prints; the listener, on Spark's listener thread,
 * only counts.
 */
final class TaskProgress extends SparkListener {
  private final Progress progress;
  private final Map<Integer, int[]> running = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "er-progress");
            t.setDaemon(true);
            return t;
          });

  TaskProgress(Progress progress, int intervalSeconds) {
    this.progress = progress;
    timer.scheduleAtFixedRate(this::report, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    running.put(event.stageInfo().stageId(), new int[] {0, event.stageInfo().numTasks()});
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    running.remove(event.stageInfo().stageId());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    int[] counts = running.get(event.stageId());
    if (counts != null) {
      synchronized (counts) {
        counts[0]++;
      }
    }
  }

  @Override
  public void onApplicationEnd(SparkListenerApplicationEnd event) {
    timer.shutdownNow();
  }

  private void report() {
    int done = 0;
    int total = 0;
    for (int[] counts : running.values()) {
      synchronized (counts) {
        done += counts[0];
        total += counts[1];
      }
    }
    String stage = progress.current();
    if (total == 0) {
      // The driver plans, compiles and loads classes between Spark stages; on a busy machine that
      // alone can take a minute.
      if (stage != null) {
        progress.note(
            String.format(
                Locale.ROOT, "%s: still working (%d s)", stage, progress.secondsIn(stage)));
      }
      return;
    }
    progress.note(
        String.format(
            Locale.ROOT,
            "%s%d of %d Spark tasks done (%d Spark stage%s running)",
            stage == null ? "" : stage + " (" + progress.secondsIn(stage) + " s): ",
            done,
            total,
            running.size(),
            running.size() == 1 ? "" : "s"));
  }
}
