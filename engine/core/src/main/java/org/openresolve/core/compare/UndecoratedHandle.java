package org.openresolve.core.compare;

import static java.util.Objects.requireNonNull;

import org.openresolve.core.rules.WordList;

/**
 * A handle read without decoration: lower case, letters and digits only (separators {@code _ . -}
 * and the like dropped wherever they are), and the digits at its end kept apart from the rest.
 * "_Sasha_Iv_85_" is stem "sashaiv" and digits "85"; "sasha.iv" is stem "sashaiv" and no digits.
 *
 * @param stem the letters and digits before the final run of digits
 * @param digits the final run of digits, empty when there is none
 */
record UndecoratedHandle(String stem, String digits) {
  UndecoratedHandle {
    requireNonNull(stem, "stem is null");
    requireNonNull(digits, "digits is null");
  }

  static UndecoratedHandle of(String handle) {
    String s = WordList.letterOrDigits(requireNonNull(handle, "handle is null"));
    int end = s.length();
    while (end > 0 && Character.isDigit(s.charAt(end - 1))) {
      end--;
    }
    return new UndecoratedHandle(s.substring(0, end), s.substring(end));
  }

  /**
   * The same stem, with the same digits or digits on one side only: a numeric suffix is often added
   * where the plain handle was taken, but two different suffixes are mostly two people.
   */
  boolean agrees(UndecoratedHandle other) {
    return !stem.isEmpty()
        && stem.equals(other.stem)
        && (digits.equals(other.digits) || digits.isEmpty() || other.digits.isEmpty());
  }
}
