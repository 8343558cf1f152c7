package org.openresolve.spark.output;

/**
 * Named moments of a run at which a test may kill it. When the system property {@value #PROPERTY}
 * names the moment a run reaches, the run says so on standard error and waits there until it is
 * killed; otherwise passing one costs a property lookup. The tests that kill runs use it to kill at
 * a chosen step rather than after a guessed delay.
 */
public final class PausePoint {
  static final String PROPERTY = "openresolve.pause-at";

  /** The line a paused run prints, followed by the moment's name. */
  public static final String PAUSED = "openresolve paused at ";

  private PausePoint() {}

  public static void reached(String moment) {
    if (!moment.equals(System.getProperty(PROPERTY))) {
      return;
    }
    System.err.println(PAUSED + moment);
    System.err.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // Only the kill the test sends ends the wait.
      }
    }
  }
}
