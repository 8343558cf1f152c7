package org.openresolve.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a record writes that may spell its owner's name: handles, e-mail local parts and names of
 * unknown parts ("pzakharov" as a display name), read as letters only ("mariya.popova74" is
 * "mariyapopova"). The name-in-handle blocking key and comparison read the same texts.
 */
public final class HandleTexts {
  private HandleTexts() {}

  /** The record's handle texts, letters only, distinct, none empty. */
  public static List<String> of(MatchView v) {
    List<String> texts = new ArrayList<>();
    for (String written : written(v)) {
      add(texts, written);
    }
    for (MatchView.Name n : v.names()) {
      if (n.given() == null && n.family() == null) {
        add(texts, n.full());
      }
    }
    return texts;
  }

  /**
   * The record's handles and e-mail local parts as written, digits and separators kept
   * ("tomasz_wisniewski86"), distinct.
   */
  static List<String> written(MatchView v) {
    List<String> texts = new ArrayList<>();
    for (MatchView.Handle h : v.handles()) {
      if (!texts.contains(h.handle())) {
        texts.add(h.handle());
      }
    }
    for (String email : v.emails()) {
      int at = email.indexOf('@');
      String local = at > 0 ? email.substring(0, at) : email;
      if (!texts.contains(local)) {
        texts.add(local);
      }
    }
    return texts;
  }

  /** The letters of {@code s}, lower case, nothing else. */
  public static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static void add(List<String> texts, String raw) {
    String s = letters(raw);
    if (!s.isEmpty() && !texts.contains(s)) {
      texts.add(s);
    }
  }
}
