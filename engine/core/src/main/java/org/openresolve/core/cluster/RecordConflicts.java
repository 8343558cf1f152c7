package org.openresolve.core.cluster;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openresolve.core.compare.MatchView;

/**
 * What makes two records impossible to be one person, whatever links join them:
 *
 * <ul>
 *   <li>identifiers of a type a person holds only one of (a national id, say), from the same
 *       issuer, with no value in common and none a one-character slip of the other;
 *   <li>birth years further apart than the tolerance, unless one date is a one-character slip of
 *       the other (1984 written 1948 is a typo, not another person) or the two records hold the
 *       same identity document (type, issuer and number, or a number one slip from the other);
 *   <li>with the rule set's given-name guard, first given names its given-name comparison judges
 *       two names ({@link GivenNameConflict}).
 * </ul>
 *
 * Deliberately narrow: a constraint here splits an entity however strong its links, so only facts
 * that rule identity out belong here; weaker disagreement is the scoring's job.
 */
public final class RecordConflicts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The number of the identity-document guard among {@link #guards}. */
  public static final int IDENTITY_DOCUMENT_GUARD = 0;

  /** The number of the birth-date guard among {@link #guards}. */
  public static final int BIRTH_DATE_GUARD = 1;

  /** The number of the given-name guard among {@link #guards}, when the rule set has one. */
  public static final int GIVEN_NAME_GUARD = 2;

  private final Set<String> exclusiveIdentifierTypes;
  private final int maxBirthYearGap;
  private final GivenNameConflict givenNames;

  /**
   * @param exclusiveIdentifierTypes identifier types a person has one value of per issuer
   * @param maxBirthYearGap largest gap in birth years still taken as one person (recording errors)
   */
  public RecordConflicts(Set<String> exclusiveIdentifierTypes, int maxBirthYearGap) {
    this(exclusiveIdentifierTypes, maxBirthYearGap, Optional.empty());
  }

  /**
   * @param exclusiveIdentifierTypes identifier types a person has one value of per issuer
   * @param maxBirthYearGap largest gap in birth years still taken as one person (recording errors)
   * @param givenNames the given-name guard, if any
   */
  public RecordConflicts(
      Set<String> exclusiveIdentifierTypes,
      int maxBirthYearGap,
      Optional<GivenNameConflict> givenNames) {
    this.exclusiveIdentifierTypes =
        Set.copyOf(requireNonNull(exclusiveIdentifierTypes, "exclusiveIdentifierTypes is null"));
    if (maxBirthYearGap < 0) {
      throw new IllegalArgumentException(
          "maxBirthYearGap must not be negative: " + maxBirthYearGap);
    }
    this.maxBirthYearGap = maxBirthYearGap;
    this.givenNames = requireNonNull(givenNames, "givenNames is null").orElse(null);
  }

  /**
   * The guards over the members of one component, {@code name(i)} naming member i in the reasons:
   * one on identity documents, which reads a record's documents and judges every pair (a direct
   * link too: two tax ids are two people whatever the score), and, judging chains (the scoring
   * weighs these fields on a direct link, with its tolerance for a mistyped value), one on birth
   * dates, which reads its birth dates (a shared document lifts it), and, when the rule set has
   * one, one on given names, which reads its names.
   */
  public RecordGuards guards(List<MatchView> views, IntFunction<String> name) {
    requireNonNull(views, "views is null");
    requireNonNull(name, "name is null");
    RecordGuards guards =
        RecordGuards.none(views.size())
            .and(
                i -> Set.copyOf(views.get(i).identifiers()),
                (a, b) ->
                    identifierConflict(views.get(a).identifiers(), views.get(b).identifiers())
                        .map(why -> describe(name, a, b, why)),
                RecordGuards.Scope.EVERY_PAIR)
            .and(
                i -> Set.copyOf(views.get(i).birthDates()),
                (a, b) ->
                    birthDatesBetween(views.get(a), views.get(b))
                        .map(why -> describe(name, a, b, why)),
                RecordGuards.Scope.CHAINS);
    if (givenNames == null) {
      return guards;
    }
    return guards.and(
        i -> Set.copyOf(views.get(i).names()),
        (a, b) ->
            givenNames.between(views.get(a), views.get(b)).map(why -> describe(name, a, b, why)),
        RecordGuards.Scope.CHAINS);
  }

  private static String describe(IntFunction<String> name, int a, int b, String why) {
    return name.apply(a) + " and " + name.apply(b) + " cannot be one person: " + why;
  }

  public Optional<String> between(MatchView a, MatchView b) {
    Optional<String> ids = identifierConflict(a.identifiers(), b.identifiers());
    if (ids.isPresent()) {
      return ids;
    }
    Optional<String> dates = birthDatesBetween(a, b);
    if (dates.isPresent() || givenNames == null) {
      return dates;
    }
    return givenNames.between(a, b);
  }

  private Optional<String> birthDatesBetween(MatchView a, MatchView b) {
    // The same document is the stronger fact: a birth date that disagrees with it was
    // mis-recorded, not born by another person.
    return sharesDocument(a.identifiers(), b.identifiers())
        ? Optional.empty()
        : birthDateConflict(a.birthDates(), b.birthDates());
  }

  /**
   * One identity document in both: same type and issuer, and the same number or one a one-character
   * slip of the other (the document guard takes such numbers as one too).
   */
  private static boolean sharesDocument(List<MatchView.Id> a, List<MatchView.Id> b) {
    for (MatchView.Id x : a) {
      if (x.issuer() == null) {
        continue;
      }
      for (MatchView.Id y : b) {
        if (x.type().equals(y.type())
            && x.issuer().equals(y.issuer())
            && oneSlipApart(x.value(), y.value())) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<String> identifierConflict(List<MatchView.Id> a, List<MatchView.Id> b) {
    for (MatchView.Id x : a) {
      if (x.issuer() == null || !exclusiveIdentifierTypes.contains(x.type())) {
        continue;
      }
      boolean sameKind = false;
      boolean compatible = false;
      for (MatchView.Id y : b) {
        if (x.type().equals(y.type()) && x.issuer().equals(y.issuer())) {
          sameKind = true;
          compatible |= oneSlipApart(x.value(), y.value());
        }
      }
      if (sameKind && !compatible && !sharesValue(a, b, x)) {
        return Optional.of(
            "different "
                + x.type()
                + " issued by "
                + x.issuer()
                + " ("
                + x.value()
                + " vs "
                + valueOf(b, x)
                + ")");
      }
    }
    return Optional.empty();
  }

  /** Whether some other value of the same type and issuer is shared: a person may have held two. */
  private static boolean sharesValue(
      List<MatchView.Id> a, List<MatchView.Id> b, MatchView.Id kind) {
    for (MatchView.Id x : a) {
      for (MatchView.Id y : b) {
        if (x.type().equals(kind.type()) && kind.issuer().equals(x.issuer()) && x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String valueOf(List<MatchView.Id> b, MatchView.Id kind) {
    return b.stream()
        .filter(y -> y.type().equals(kind.type()) && kind.issuer().equals(y.issuer()))
        .map(MatchView.Id::value)
        .findFirst()
        .orElse("");
  }

  private Optional<String> birthDateConflict(List<MatchView.Date> a, List<MatchView.Date> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    for (MatchView.Date x : a) {
      for (MatchView.Date y : b) {
        if (Math.abs(x.year() - y.year()) <= maxBirthYearGap || oneSlipApart(x.iso(), y.iso())) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(
        "birth dates "
            + a.get(0).iso()
            + " and "
            + b.get(0).iso()
            + " are more than "
            + maxBirthYearGap
            + " years apart");
  }

  /** Equal, one edit apart, or two adjacent characters swapped. */
  static boolean oneSlipApart(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    if (x.length() == y.length()) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < x.length(); i++) {
        if (x.charAt(i) != y.charAt(i)) {
          diffs++;
          first = first < 0 ? i : first;
        }
      }
      if (diffs == 2
          && first + 1 < x.length()
          && x.charAt(first) == y.charAt(first + 1)
          && x.charAt(first + 1) == y.charAt(first)) {
        return true;
      }
    }
    return new LevenshteinDistance(1).apply(x, y) >= 0;
  }
}
