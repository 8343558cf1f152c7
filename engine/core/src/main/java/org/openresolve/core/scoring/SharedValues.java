package org.openresolve.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openresolve.core.compare.FieldValues;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.SharedValueLimit;

/**
 * How many distinct people hold a value of a phone, address, identifier, wallet, e-mail or account,
 * estimated without labels from the records that hold it. One person's records are many and
 * misspelt, so neither records nor distinct names count people. What is counted is the size of a
 * set of holders no two of whom can be one person ({@link HolderSignature#compatible}: no initial
 * in common, or birth years more than one apart): "at least 7 people give this phone, for 7 of its
 * records are pairwise irreconcilable". Holders that give neither a name nor a birth year add
 * nobody, and twins count once, so the estimate errs towards too few people.
 */
public final class SharedValues {
  private SharedValues() {}

  /**
   * Whether a count key ({@link TermFrequencies#key}) is that of a value whose people are counted.
   */
  public static boolean counts(String key) {
    int bar = key.indexOf('|');
    if (bar < 0) {
      return false;
    }
    String prefix = key.substring(0, bar);
    return SharedValueLimit.FIELDS.stream().anyMatch(f -> f.name().equals(prefix));
  }

  /** The count keys of a record's values of the fields whose people are counted, each once. */
  public static List<String> keysOf(MatchView v, Collection<PersonField> fields) {
    Set<String> keys = new LinkedHashSet<>();
    for (PersonField field : fields) {
      for (Object value : FieldValues.of(field).apply(v)) {
        keys.add(TermFrequencies.key(field, value.toString()));
      }
    }
    return new ArrayList<>(keys);
  }

  /**
   * At least how many people the holders with these signatures ({@link HolderSignature#encode})
   * are: a greedy set of pairwise incompatible signatures, the fullest signatures tried first, in a
   * fixed order so that the count does not depend on the order the signatures came in.
   */
  public static long people(Collection<Long> signatures) {
    List<HolderSignature> sorted = new ArrayList<>();
    for (long code : new TreeSet<>(signatures)) {
      sorted.add(HolderSignature.decode(code));
    }
    sorted.sort(java.util.Comparator.comparingInt(HolderSignature::known).reversed());
    List<HolderSignature> apart = new ArrayList<>();
    for (HolderSignature s : sorted) {
      if (apart.stream().noneMatch(s::compatible)) {
        apart.add(s);
      }
    }
    return apart.size();
  }
}
