package org.openresolve.core.compare;

import java.util.List;
import java.util.function.Function;
import org.openresolve.core.rules.PersonField;

/**
 * The values of a set-valued field in a match view, as its comparator reads them; their {@code
 * toString} is what a comparison outcome shows, so counts keyed by it are found again from a pair's
 * values.
 */
public final class FieldValues {
  private FieldValues() {}

  /** The values of {@code field} in a view; refuses a field that holds no set of plain values. */
  public static Function<MatchView, List<?>> of(PersonField field) {
    return switch (field) {
      case PHONE -> MatchView::phones;
      case EMAIL -> MatchView::emails;
      case ONLINE_ACCOUNT -> MatchView::handles;
      case CRYPTO_WALLET -> MatchView::wallets;
      case ADDRESS -> MatchView::addresses;
      case POSTCODE -> MatchView::postcodes;
      case LOCALITY -> MatchView::localities;
      case NATIONALITY -> MatchView::nationalities;
      case IDENTIFIER -> MatchView::identifiers;
      default -> throw new IllegalArgumentException("not a value field: " + field);
    };
  }
}
