package org.openresolve.report;

/**
 * A value quoted for a POSIX shell, so that a command shown in the report can be pasted as it is:
 * record ids and directories may hold spaces, quotes or {@code $}.
 */
final class ShellWord {
  private ShellWord() {}

  static String quote(String word) {
    if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
