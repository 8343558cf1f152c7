package org.openresolve.core.compare;

import java.util.List;
import java.util.function.Function;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.core.rules.PersonField;

/**
 * Fields holding a set of plain values (phones, e-mails, accounts, wallets, addresses, postcodes,
 * localities, nationalities): every value against every value, keeping the best level.
 */
final class ValueComparator implements FieldComparator {
  private final PersonField field;
  private final TextLevels levels;

  ValueComparator(PersonField field, List<ComparisonLevel> levels) {
    this.field = field;
    this.levels = new TextLevels(levels);
    values(field); // refuses a field this comparator does not know
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    List<?> left = values(field).apply(a);
    List<?> right = values(field).apply(b);
    Outcome best = null;
    for (Object x : left) {
      for (Object y : right) {
        int level =
            levels.first(x.toString(), y.toString(), text(x), text(y), List.of(), List.of());
        if (best == null || level < best.level()) {
          best = new Outcome(level, x.toString(), y.toString());
          if (level == 1) {
            return best;
          }
        }
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  /** Fuzzy levels look at the handle alone, so the same handle on two platforms is "similar". */
  private static String text(Object value) {
    return value instanceof MatchView.Handle h ? h.handle() : value.toString();
  }

  private static Function<MatchView, List<?>> values(PersonField field) {
    if (field == PersonField.IDENTIFIER) {
      throw new IllegalArgumentException("not a value field: " + field);
    }
    return FieldValues.of(field);
  }
}
