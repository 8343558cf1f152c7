package org.openresolve.core.compare;

/**
 * One name's words read with the split of another name, when the words line up. Where a source
 * gives a name as one string, its split into given and family names is the reader's guess, and a
 * guess fails on names that do not follow the usual order: "Tran Thi Lan" (family name first) reads
 * as given "tran thi", family "lan"; "Lucía Martínez Gómez" (two family names) as given "lucia
 * martinez", family "gomez". The other record, whose source split the name, says how the same words
 * divide:
 *
 * <ul>
 *   <li>the name's words are the other's given words, then its family words, then perhaps more: the
 *       same name split elsewhere, the further words a second family name ("martinez gomez");
 *   <li>the name's words are the other's family words, then its given words, and no more: the same
 *       name written family name first.
 * </ul>
 *
 * Only whole, equal words line up, so the reading never adds a spelling the straight one lacks: it
 * moves a boundary between words the two names share.
 */
final class NameSplit {
  private NameSplit() {}

  /**
   * {@code name}'s words split as {@code other}'s are, or null when they do not line up that way or
   * already split so.
   */
  static MatchView.Name as(MatchView.Name name, MatchView.Name other) {
    String given = other.given();
    String family = other.family();
    if (name.given() == null || name.family() == null || given == null || family == null) {
      return null;
    }
    // Every reading begins with the other's first given or family word: most pairs stop here.
    char first = name.given().charAt(0);
    if (first != given.charAt(0) && first != family.charAt(0)) {
      return null;
    }
    String words = name.given() + " " + name.family();
    String givenFirst = given + " " + family;
    if (!name.given().equals(given)
        && (words.equals(givenFirst) || words.startsWith(givenFirst + " "))) {
      return MatchView.Name.split(given, words.substring(given.length() + 1), name.generation());
    }
    if (!name.given().equals(family) && words.equals(family + " " + given)) {
      return MatchView.Name.split(given, family, name.generation());
    }
    return null;
  }
}
