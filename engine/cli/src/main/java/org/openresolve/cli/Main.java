package org.openresolve.cli;

/** The {@code er} command line; the same entry point runs locally and under spark-submit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ErCommand.commandLine().execute(args));
  }
}
