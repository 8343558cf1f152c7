package org.openresolve.core.compare;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;

/**
 * Compares two records by every comparison of a rule set. Serializable and free of mutable state,
 * so one instance can be shipped to every Spark task and used by several threads.
 */
public final class PairComparer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<FieldComparator> comparators;
  // The first given-name and family-name comparisons, read together from one name of each record
  // when a record has several (NameComparator.together); -1 when the rule set lacks either.
  private final int given;
  private final int family;

  public PairComparer(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    this.comparators = rules.comparisons().stream().map(c -> comparator(c, rules)).toList();
    this.given = first(rules, PersonField.GIVEN_NAME);
    this.family = first(rules, PersonField.FAMILY_NAME);
  }

  private static int first(RuleSet rules, PersonField field) {
    for (int c = 0; c < rules.comparisons().size(); c++) {
      if (rules.comparisons().get(c).field() == field) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether given and family names of this pair are read together from one name of each record: a
   * record with aliases, or a name of one word in one part, which may stand for either part but not
   * for both.
   */
  private boolean together(MatchView a, MatchView b) {
    return given >= 0
        && family >= 0
        && (a.names().size() > 1 || b.names().size() > 1 || hasLoneWord(a) || hasLoneWord(b));
  }

  private static boolean hasLoneWord(MatchView v) {
    for (MatchView.Name n : v.names()) {
      if (n.lone() != null) {
        return true;
      }
    }
    return false;
  }

  /** One comparison's outcome, with a and b in key order. */
  private Outcome outcome(int comparison, MatchView a, MatchView b) {
    if ((comparison == given || comparison == family) && together(a, b)) {
      Outcome[] names =
          NameComparator.together(
              (NameComparator) comparators.get(given),
              (NameComparator) comparators.get(family),
              a,
              b);
      return comparison == given ? names[0] : names[1];
    }
    return comparators.get(comparison).compare(a, b);
  }

  private static FieldComparator comparator(ComparisonSpec c, RuleSet rules) {
    return switch (c.field()) {
      case NAME, GIVEN_NAME, FAMILY_NAME ->
          new NameComparator(c.field(), c.conditions(), rules::nameGroups);
      case BIRTH_DATE -> new DateComparator(c.conditions());
      case SEX -> new SexComparator(c.conditions());
      case GENERATION -> new GenerationComparator(c.conditions());
      case IDENTIFIER -> new IdentifierComparator(c.conditions());
      case NAME_IN_HANDLE -> new NameInHandleComparator(c.conditions());
      case BIRTH_YEAR_IN_HANDLE -> new BirthYearInHandleComparator(c.conditions());
      case PHONE -> new PhoneComparator(c.conditions());
      case ONLINE_ACCOUNT -> new AccountComparator(c.conditions(), rules::wordList);
      case EMAIL -> new EmailComparator(c.conditions(), rules::wordList);
      default -> new ValueComparator(c.field(), c.conditions());
    };
  }

  /** How many comparisons a vector has. */
  public int size() {
    return comparators.size();
  }

  /**
   * The level of one comparison for a pair, the same as {@link #compare} gives it, in either order.
   */
  public int level(int comparison, MatchView a, MatchView b) {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    return a.key().compareTo(b.key()) > 0
        ? outcome(comparison, b, a).level()
        : outcome(comparison, a, b).level();
  }

  /**
   * The level of one comparison for a pair on its own, in either order: every name of one record
   * against every name of the other for a name part, never read together with the other part. What
   * the comparison says of the two records at its most generous.
   */
  public int levelAlone(int comparison, MatchView a, MatchView b) {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    return a.key().compareTo(b.key()) > 0
        ? comparators.get(comparison).compare(b, a).level()
        : comparators.get(comparison).compare(a, b).level();
  }

  /**
   * Compares a pair. The levels do not depend on the order of the two records (a name exchange is
   * read from the record with the smaller key); the values are given in the order asked.
   */
  public ComparisonVector compare(MatchView a, MatchView b) {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    boolean reversed = a.key().compareTo(b.key()) > 0;
    if (reversed) {
      MatchView t = a;
      a = b;
      b = t;
    }
    int n = comparators.size();
    int[] levels = new int[n];
    String[] left = new String[n];
    String[] right = new String[n];
    Outcome[] names =
        together(a, b)
            ? NameComparator.together(
                (NameComparator) comparators.get(given),
                (NameComparator) comparators.get(family),
                a,
                b)
            : null;
    for (int i = 0; i < n; i++) {
      Outcome o =
          names != null && i == given
              ? names[0]
              : names != null && i == family ? names[1] : comparators.get(i).compare(a, b);
      levels[i] = o.level();
      left[i] = o.left();
      right[i] = o.right();
    }
    return reversed
        ? new ComparisonVector(levels, right, left)
        : new ComparisonVector(levels, left, right);
  }
}
