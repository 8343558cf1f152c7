package org.openresolve.spark.progress;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The stages of a run as they start and end, printed for the person waiting, with the counts the
 * stage produced and its time. Attached to a Spark context by the command line; jobs look it up
 * with {@link #of}, so a job run by a test or a program without a console reports nowhere.
 *
 * <p>Only counts, stage names, table names and times are ever printed: the console and its logs are
 * not a place for personal data.
 */
public final class Progress {
  private static final Map<SparkContext, Progress> ATTACHED =
      Collections.synchronizedMap(new WeakHashMap<>());
  private static final Progress SILENT = new Progress(null);

  private final PrintWriter out;
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private volatile String current;

  private Progress(PrintWriter out) {
    this.out = out;
  }

  /**
   * Reports the stages of jobs run in {@code spark} to {@code out}, and the task progress of its
   * Spark stages every {@code tickSeconds}.
   */
  public static Progress attach(SparkSession spark, PrintWriter out, int tickSeconds) {
    Progress progress = new Progress(requireNonNull(out, "out is null"));
    ATTACHED.put(spark.sparkContext(), progress);
    spark.sparkContext().addSparkListener(new TaskProgress(progress, tickSeconds));
    return progress;
  }

  /** The progress attached to this session's context, or one that prints nothing. */
  public static Progress of(SparkSession spark) {
    return ATTACHED.getOrDefault(spark.sparkContext(), SILENT);
  }

  /** A stage begins: printed at once, so a long stage is never silent from its start. */
  public void start(String stage) {
    started.put(stage, System.nanoTime());
    current = stage;
    print(stage + "...");
  }

  /** A stage ended: what it produced, and how long it took since {@link #start}. */
  public void done(String stage, String outcome) {
    Long since = started.remove(stage);
    String time =
        since == null
            ? ""
            : String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - since) / 1e9);
    print(stage + ": " + outcome + time);
    if (stage.equals(current)) {
      current = null;
    }
  }

  /** A line of its own within the current stage (a source's row accounting, a warning). */
  public void note(String line) {
    print("  " + line);
  }

  /** Whether anything is printed at all: a caller need not build lines for a silent progress. */
  public boolean shown() {
    return out != null;
  }

  /** The stage running now, to name Spark's task progress; null between stages. */
  String current() {
    return current;
  }

  /** Seconds since {@code stage} started, 0 when it is not running. */
  long secondsIn(String stage) {
    Long since = started.get(stage);
    return since == null ? 0 : (System.nanoTime() - since) / 1_000_000_000L;
  }

  void print(String line) {
    if (out == null) {
      return;
    }
    synchronized (out) {
      out.println("er: " + line);
      out.flush();
    }
  }
}
