package org.openresolve.core.normalise;

/**
 * One written word of a name and its folded form, which may hold spaces ("Garcia-Lopez" folds to
 * "garcia lopez"). The case tests look at the written word, since folding loses case.
 */
record NameToken(String raw, String folded) {
  boolean isParticle() {
    return NameWords.isParticle(folded);
  }

  boolean isPatronymic() {
    return NameWords.isPatronymic(folded);
  }

  /** The folded word as one key, for "Dr." and "Ph.D." alike. */
  String key() {
    return folded.indexOf(' ') < 0 ? folded : folded.replace(" ", "");
  }

  boolean hasLower() {
    return raw.codePoints().anyMatch(Character::isLowerCase);
  }

  /** Two upper-case letters in a row and no lower-case one: "IVANOV", not the initials "J.R.". */
  boolean isUpper() {
    int run = 0;
    int longest = 0;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      run = Character.isUpperCase(cp) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest >= 2;
  }
}
