package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.rules.SharedValueLimit;

/**
 * Term-frequency adjustment: agreeing on "mohammed" or "smith" is weaker evidence than agreeing on
 * a rare name. For a comparison marked {@code term_frequency}, an exact agreement on value v gets
 * the weight log2(m / tf(v)), tf(v) being the share of records holding v, instead of the model's
 * log2(m / u) averaged over all values — but never more than that average: a rare value is not
 * allowed to add evidence the model did not learn, since false merges cost more than missed ones.
 *
 * <p>The frequencies are counted from the data by the caller (one count per distinct value).
 */
public final class TermFrequencies implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double LN2 = Math.log(2);

  static final String FULL_NAME = "FULL_NAME";

  private final TermCounts counts;
  private final double[] mExact;
  private final boolean[] rarity;

  /**
   * @param counts records holding each value, keyed by {@link #key(PersonField, String)}
   * @param records all records
   */
  public TermFrequencies(
      RuleSet rules, ModelParameters model, Map<String, Long> counts, long records) {
    this(rules, model, new TermCounts(rules, counts, records));
  }

  public TermFrequencies(RuleSet rules, ModelParameters model, TermCounts counts) {
    requireNonNull(rules, "rules is null");
    requireNonNull(model, "model is null");
    this.counts = requireNonNull(counts, "counts is null");
    double[][] m = model.m();
    this.mExact = new double[rules.comparisons().size()];
    this.rarity = new boolean[mExact.length];
    for (int c = 0; c < mExact.length; c++) {
      int exact = counts.adjustedLevel(c);
      mExact[c] = exact > 0 ? m[c][exact] : 0;
      rarity[c] = rules.comparisons().get(c).rarity();
    }
  }

  public TermCounts counts() {
    return counts;
  }

  /** The fields whose values are counted. */
  public static boolean counted(PersonField field) {
    return field == PersonField.GIVEN_NAME || field == PersonField.FAMILY_NAME;
  }

  public static String key(PersonField field, String value) {
    return field.name() + "|" + value;
  }

  /** The key of a given and family name held together, as {@link #fullNameKeysOf} gives it. */
  public static String fullNameKey(String given, String family) {
    return FULL_NAME + "|" + fullName(given, family);
  }

  /** A full name as its {@link #fullNameKey} holds it after the kind. */
  static String fullName(String given, String family) {
    return given + " " + family;
  }

  /**
   * The full names a record holds, each once, as {@link #fullNameKey} keys. What is counted for a
   * full name is not its records but the distinct birth years among them ({@link #birthYearsOf}):
   * an estimate of how many people hold it, since one person's several records would otherwise make
   * a name look common.
   */
  public static List<String> fullNameKeysOf(MatchView v) {
    Set<String> keys = new LinkedHashSet<>();
    for (MatchView.Name n : v.names()) {
      if (n.forename() != null && n.family() != null) {
        keys.add(fullNameKey(n.forename(), n.family()));
      }
    }
    return new ArrayList<>(keys);
  }

  /**
   * One thing a record holds that is counted: a value key, with a birth year for full names and the
   * holder's {@link HolderSignature#encode signature} for values whose people are counted.
   */
  public record Observation(String key, Integer year, Long signature) {
    public Observation(String key, Integer year) {
      this(key, year, null);
    }
  }

  /**
   * What one record adds to the counts: each name value once (no year), and when full names are
   * counted, each full name with each birth year the record gives. Grouped by key, a value's count
   * is its records and a full name's count its distinct years ({@link #countOf}).
   */
  public static List<Observation> observationsOf(MatchView v, boolean fullNames) {
    return observationsOf(v, fullNames, List.of());
  }

  /**
   * As {@link #observationsOf(MatchView, boolean)}, and each value of the {@code shared} fields
   * once, with the record's holder signature: grouped by key, such a value's count is its people
   * ({@link SharedValues#people}).
   */
  public static List<Observation> observationsOf(
      MatchView v, boolean fullNames, java.util.Collection<PersonField> shared) {
    List<Observation> out = new ArrayList<>();
    for (String key : keysOf(v)) {
      out.add(new Observation(key, null));
    }
    if (fullNames) {
      for (String name : fullNameKeysOf(v)) {
        for (Integer year : birthYearsOf(v)) {
          out.add(new Observation(name, year));
        }
      }
    }
    if (!shared.isEmpty()) {
      long signature = HolderSignature.of(v).encode();
      for (String key : SharedValues.keysOf(v, shared)) {
        out.add(new Observation(key, null, signature));
      }
    }
    return out;
  }

  /**
   * The count kept for a key from its observations: records for a value, distinct birth years for a
   * full name.
   */
  public static long countOf(String key, long records, long distinctYears) {
    return key.startsWith(FULL_NAME + "|") ? distinctYears : records;
  }

  /**
   * The count kept for a key from its observations: records for a name, distinct birth years for a
   * full name, people ({@link SharedValues#people}) for a shared value, from its distinct holder
   * signatures.
   */
  public static long countOf(
      String key, long records, long distinctYears, java.util.Collection<Long> signatures) {
    return SharedValues.counts(key)
        ? SharedValues.people(signatures)
        : countOf(key, records, distinctYears);
  }

  /**
   * The observations of one key, added in any order, to the count kept for it ({@link #countOf}):
   * every observation is a record, the distinct years (with their holder signatures) are a full
   * name's people, the distinct signatures a shared value's holders.
   */
  public static final class Tally {
    private final String key;
    private long records;
    private final Set<Dated> dated = new HashSet<>();
    private final Set<Long> signatures = new HashSet<>();

    public Tally(String key) {
      this.key = requireNonNull(key, "key is null");
    }

    /**
     * One observation of the key ({@link Observation}): its year and signature, each may be null.
     */
    public Tally add(Integer year, Long signature) {
      records++;
      if (year != null) {
        dated.add(new Dated(year, signature));
      }
      if (signature != null) {
        signatures.add(signature);
      }
      return this;
    }

    public long count() {
      return countOf(key, records, dated.size(), signatures);
    }

    private record Dated(int year, Long signature) {}
  }

  /** The birth years a record gives, each once. */
  public static List<Integer> birthYearsOf(MatchView v) {
    Set<Integer> years = new LinkedHashSet<>();
    for (MatchView.Date d : v.birthDates()) {
      if (d.year() > 0) {
        years.add(d.year());
      }
    }
    return new ArrayList<>(years);
  }

  /** The values a record holds for the counted fields, each once, as {@link #key} keys. */
  public static List<String> keysOf(MatchView v) {
    Set<String> keys = new LinkedHashSet<>();
    for (MatchView.Name n : v.names()) {
      if (n.forename() != null) {
        keys.add(key(PersonField.GIVEN_NAME, n.forename()));
      }
      if (n.family() != null) {
        keys.add(key(PersonField.FAMILY_NAME, n.family()));
      }
    }
    return new ArrayList<>(keys);
  }

  /**
   * The partial weight of comparison {@code c} at {@code level}, given the value agreed on and the
   * model's weight; unchanged unless the comparison is adjusted and the level is its exact one.
   */
  public double weight(int c, int level, String value, double modelWeight) {
    return weightForCount(c, level, counts.count(c, level, value), modelWeight);
  }

  /**
   * The partial weight of comparison {@code c} at {@code level} given how many records (names) or
   * people (shared values) hold the value agreed on ({@link TermCounts#count}, 0 where no count
   * applies or the value is held by one only) and the model's weight.
   *
   * <p>A value held by more people than a {@code shared_value} limit allows keeps only the limit's
   * share of a positive weight. Below it, a comparison weighed by rarity ({@link
   * ComparisonSpec#rarity}) gets, at its exact level, log2(m / u) with u the chance that a record
   * drawn at random is held by another holder of the value: {@link TermCounts#unseenSharing} for a
   * value the data shows with one person; a value several people hold keeps at most the model's
   * weight, since its other holders are relatives or associates, not random draws. The prior of a
   * random pair shrinks as 1 / records, and so does this u: a value held by one person in a million
   * records weighs as much against the prior as one held by one person in a thousand, so a decision
   * does not drift with the size of the input. Names weigh log2(m / tf) but never more than the
   * model's weight: a rare name is not allowed to add evidence the model did not learn.
   */
  public double weightForCount(int c, int level, long count, double modelWeight) {
    SharedValueLimit limit = counts.sharedLimit(c);
    if (limit != null && limit.exceededBy(count)) {
      return modelWeight > 0 ? modelWeight * limit.weightFactor() : modelWeight;
    }
    boolean exact = level == counts.adjustedLevel(c) && level > 0;
    if (limit != null) {
      if (!rarity[c] || !exact || counts.records() == 0) {
        return modelWeight;
      }
      if (count >= 2) {
        // Held by several people (a household's e-mail, a family phone): the other holders are
        // relatives or associates of the pair far more often than one draw in the whole data, so
        // rarity says nothing the model did not learn, and agreement weighs no more than its
        // weight.
        return Math.min(modelWeight, Math.log(mExact[c] * counts.records() / (count - 1)) / LN2);
      }
      return Math.log(mExact[c] * counts.records() / counts.unseenSharing(c)) / LN2;
    }
    if (count <= 0 || counts.records() == 0) {
      return modelWeight;
    }
    double tf = (double) count / counts.records();
    return Math.min(modelWeight, Math.log(mExact[c] / tf) / LN2);
  }

  /**
   * What an analyst reads beside comparison {@code c}'s partial weight at {@code level}, given its
   * count ({@link TermCounts#count}) and the model's weight: why agreement on a value many people
   * share weighs less ("shared by at least 7 people (limit 3): agreement weighs nothing"), or how
   * rare a value weighed by rarity is ("held by 1 person among 21742 records"); null otherwise.
   */
  public String note(int c, int level, long count, double modelWeight) {
    SharedValueLimit limit = counts.sharedLimit(c);
    if (limit == null) {
      return null;
    }
    if (limit.exceededBy(count)) {
      if (modelWeight <= 0) {
        return null;
      }
      String kept =
          limit.weightFactor() == 0
              ? "nothing"
              : String.format(
                  java.util.Locale.ROOT, "%.0f%% of its weight", 100 * limit.weightFactor());
      return "shared by at least "
          + count
          + " people (limit "
          + limit.maxPeople()
          + "): agreement weighs "
          + kept;
    }
    if (rarity[c] && level > 0 && level == counts.adjustedLevel(c) && counts.records() > 0) {
      long people = Math.max(1, count);
      return "held by "
          + people
          + (people == 1 ? " person" : " people")
          + " among "
          + counts.records()
          + " records";
    }
    return null;
  }

  /**
   * The most the given and family names may weigh together when both agree exactly on a full name
   * held by {@code people} people (distinct birth years): log2(m_given * m_family / tf), tf being
   * the share of records held by the other people with that name ({@code (people - 1) / records}).
   * Names cluster (a Vietnamese given name mostly goes with a Vietnamese family name), so the two
   * agreements are not independent and their sum overstates a common full name. Infinite when no
   * count applies.
   */
  public double fullNameCap(long people) {
    if (people <= 1 || counts.records() == 0 || counts.fullNameSlot() < 0) {
      return Double.POSITIVE_INFINITY;
    }
    double tf = (double) (people - 1) / counts.records();
    return Math.log(mExact[counts.givenComparison()] * mExact[counts.familyComparison()] / tf)
        / LN2;
  }
}
