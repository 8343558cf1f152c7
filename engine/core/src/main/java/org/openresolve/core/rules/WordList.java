package org.openresolve.core.rules;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.openresolve.core.config.ConfigFileException;

/**
 * A list of words a rule file names, one a line: generic handles for the handle levels ("admin",
 * "info"). Blank lines and lines starting with {@code #} are ignored; words are read lower case,
 * letters and digits only, so "Web-Master" is "webmaster". Immutable.
 */
public final class WordList implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> words;

  private WordList(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /**
   * Reads a list from its bytes.
   *
   * @param file the file's name for error messages
   * @throws ConfigFileException naming file and line when a line holds no letter or digit, or the
   *     bytes are not UTF-8
   */
  static WordList parse(String file, byte[] bytes) {
    requireNonNull(file, "file is null");
    String text = NameGroups.utf8(file, bytes);
    Set<String> words = new HashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String word = letterOrDigits(line);
      if (word.isEmpty()) {
        throw new ConfigFileException(
            file, i + 1, "", "no letter or digit in '" + line + "'; write one word a line");
      }
      words.add(word);
    }
    return new WordList(words);
  }

  /**
   * The letters and digits of {@code text}, lower case: the form words are listed and looked up in.
   */
  public static String letterOrDigits(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Whether the list holds {@code word} as {@link #letterOrDigits} reads it. */
  public boolean contains(String word) {
    return words.contains(letterOrDigits(word));
  }

  public int size() {
    return words.size();
  }

  @Override
  public String toString() {
    return "WordList[" + words.size() + " words]";
  }
}
