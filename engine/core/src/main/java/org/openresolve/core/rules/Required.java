package org.openresolve.core.rules;

import java.util.regex.Pattern;

/**
 * Checks shared by the rule-file records; their messages become the problem part of a rule-file
 * error.
 */
final class Required {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private Required() {}

  /** Jackson passes null for an absent key, so absence is reported here by key name. */
  static <T> T key(T value, String key) {
    if (value == null) {
      throw new IllegalArgumentException("missing key '" + key + "'");
    }
    return value;
  }

  static String text(String value, String key) {
    if (key(value, key).isBlank()) {
      throw new IllegalArgumentException("'" + key + "' is blank");
    }
    return value.strip();
  }

  /** Ids become column values and blocking-key prefixes, so they are kept to one plain form. */
  static String id(String value) {
    if (!ID.matcher(key(value, "id")).matches()) {
      throw new IllegalArgumentException(
          "id '" + value + "' must be lower case letters, digits and _, starting with a letter");
    }
    return value;
  }
}
