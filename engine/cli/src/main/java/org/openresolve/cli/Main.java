package org.openresolve.cli;

import java.util.List;

/** The {@code er} command line; the same entry point runs locally and under spark-submit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int exit = ErCommand.commandLine().execute(args);
    // The launcher asks the JVM to write its class-data-sharing archive at exit, which takes a
    // while after the last result line: say so rather than seem to hang.
    if (exit == 0
        && Boolean.getBoolean("er.cds.writing")
        && !List.of(args).contains("-q")
        && !List.of(args).contains("--quiet")) {
      System.err.println(
          "er: writing the class-data-sharing archive so later runs start faster (once after a build)...");
    }
    System.exit(exit);
  }
}
