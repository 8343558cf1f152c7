package org.openresolve.spark.output;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent table writes, each a named step, run one after another or a few at once. A small
 * table's Spark job is mostly the driver planning it and a task or two waiting to be scheduled, one
 * thread at a time: several such jobs at once keep both cores of a small machine busy where one
 * leaves them idle. A large run writes one table at a time, so that the tables' shuffles and sorts
 * never hold memory together.
 */
public final class TableWrites {
  /** One write: a name for its timing and the work. */
  public record Step(String name, Runnable write) {
    public Step {
      requireNonNull(name, "name is null");
      requireNonNull(write, "write is null");
    }
  }

  private TableWrites() {}

  /**
   * Runs every step, at most {@code atOnce} of them at the same time, and waits for all of them.
   * The first failure, in the steps' order, is thrown once every step has ended, so no write is
   * still running when the caller cleans up.
   *
   * @return each step's time in milliseconds, in the steps' order
   */
  public static Map<String, Long> run(List<Step> steps, int atOnce) {
    if (atOnce < 1) {
      throw new IllegalArgumentException("atOnce must be at least 1, not " + atOnce);
    }
    Map<String, Long> timings = new LinkedHashMap<>();
    if (atOnce == 1 || steps.size() < 2) {
      for (Step s : steps) {
        timings.put(s.name(), timed(s));
      }
      return timings;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(atOnce, steps.size()),
            r -> {
              Thread t = new Thread(r, "table-writes");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Long>> running = new ArrayList<>();
      for (Step s : steps) {
        running.add(pool.submit(() -> timed(s)));
      }
      RuntimeException failure = null;
      for (int i = 0; i < steps.size(); i++) {
        try {
          timings.put(steps.get(i).name(), running.get(i).get());
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = unwrapped(e.getCause());
          } else {
            failure.addSuppressed(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running.forEach(f -> f.cancel(true));
          throw new IllegalStateException("interrupted while writing the tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return timings;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long timed(Step s) {
    long t = System.nanoTime();
    s.write().run();
    return (System.nanoTime() - t) / 1_000_000;
  }

  private static RuntimeException unwrapped(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
