package org.openresolve.spark.export;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The free text of a pair in a release copy: refusal reasons, judgements and evidence notes. They
 * were written for the full run and may name or describe a record the audience may not see (a guard
 * names the two records that cannot be together and their values, wherever they are; an analyst's
 * reason may name anything). A text that mentions any value of a withheld record is replaced; a
 * note's count of the people sharing a value, which counts withheld people too, is dropped.
 */
final class ReleaseText {
  /** Shorter values (a sex code, a two-letter name) would be found by chance in any text. */
  static final int SHORTEST_VALUE = 3;

  static final String REFUSAL_WITHHELD =
      "refused: the link would put into one entity records that cannot be one person; the record it conflicts with is not in this release";

  static final String REASON_WITHHELD =
      "reason withheld: it refers to a record not in this release";

  static final String NOTE_WITHHELD = "weight reduced; why refers to a record not in this release";

  private static final Pattern SHARED_COUNT =
      Pattern.compile("shared by at least \\d+ people \\(limit (\\d+)\\)");

  private ReleaseText() {}

  static String refusal(String text, Collection<String> withheld) {
    return text == null || !mentions(text, withheld) ? text : REFUSAL_WITHHELD;
  }

  /**
   * "SAME by AUTHOR at TIME: REASON" keeps who and when; the reason goes if it mentions a withheld
   * record.
   */
  static String judgement(String text, Collection<String> withheld) {
    if (text == null || !mentions(text, withheld)) {
      return text;
    }
    int reason = text.indexOf(": ");
    String head = reason < 0 ? "" : text.substring(0, reason);
    return head.isEmpty() || mentions(head, withheld)
        ? REASON_WITHHELD
        : head + ": " + REASON_WITHHELD;
  }

  static String note(String text, Collection<String> withheld) {
    if (text == null) {
      return null;
    }
    if (mentions(text, withheld)) {
      return NOTE_WITHHELD;
    }
    return SHARED_COUNT.matcher(text).replaceAll("shared by more people than its limit of $1");
  }

  /** Whether {@code text} holds any of the values, ignoring case. */
  static boolean mentions(String text, Collection<String> values) {
    if (values == null || values.isEmpty()) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (String v : values) {
      if (v != null && v.length() >= SHORTEST_VALUE && t.contains(v.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
