package org.openresolve.core.entity;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openresolve.core.rules.HandlingCodes;

/**
 * One entity as its statements tell it (docs/outputs.md, {@code entities/}): every list sorted in
 * {@link CodePointOrder} and, where the table says distinct, without repeats; the most restrictive
 * handling code of its members; and the flags that ask an analyst to look.
 *
 * @param members every member record with its own subject category, sorted by source, record id and
 *     category
 * @param subjectCategories each distinct category with the records ({@code source:record_id}) that
 *     state it
 * @param handlingCode null when no member has one
 * @param displayName the name as its records most often write it ({@link MostWritten}), null when
 *     none names it
 * @param displayBirthDate the birth date its records most often state, null when none does
 */
public record EntityProfile(
    List<String> sources,
    List<Member> members,
    List<String> names,
    List<String> birthDates,
    List<String> identifiers,
    List<CategoryRecords> subjectCategories,
    String handlingCode,
    List<String> reviewFlags,
    String displayName,
    String displayBirthDate) {
  /**
   * The entity joins a victim or witness with a suspect or convicted person: an analyst should
   * look.
   */
  public static final String VICTIM_OR_WITNESS_WITH_SUSPECT = "VICTIM_OR_WITNESS_WITH_SUSPECT";

  /** More members than the rule set's {@code guards.max_entity_size}. */
  public static final String OVERSIZE_ENTITY = "OVERSIZE_ENTITY";

  private static final Set<String> VICTIM_OR_WITNESS = Set.of("VICTIM", "WITNESS");
  private static final Set<String> SUSPECT_OR_CONVICTED = Set.of("SUSPECT", "CONVICTED");

  public EntityProfile {
    sources = List.copyOf(sources);
    members = List.copyOf(members);
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    identifiers = List.copyOf(identifiers);
    subjectCategories = List.copyOf(subjectCategories);
    reviewFlags = List.copyOf(reviewFlags);
  }

  public record Member(String source, String recordId, String subjectCategory) {
    static final Comparator<Member> ORDER =
        Comparator.comparing(Member::source, CodePointOrder.INSTANCE)
            .thenComparing(Member::recordId, CodePointOrder.INSTANCE)
            .thenComparing(Member::subjectCategory, CodePointOrder.INSTANCE);
  }

  public record CategoryRecords(String category, List<String> records) {
    public CategoryRecords {
      records = List.copyOf(records);
    }
  }

  public int memberCount() {
    return members.size();
  }

  /** Gathers the statements of one entity, in any order. */
  public static final class Builder {
    private final Set<String> sources = new TreeSet<>(CodePointOrder.INSTANCE);
    private final List<Member> members = new ArrayList<>();
    private final Set<String> names = new TreeSet<>(CodePointOrder.INSTANCE);
    private final Set<String> birthDates = new TreeSet<>(CodePointOrder.INSTANCE);
    private final Set<String> identifiers = new TreeSet<>(CodePointOrder.INSTANCE);
    private final Map<String, List<String>> categories = new TreeMap<>(CodePointOrder.INSTANCE);
    private final List<String> handlingCodes = new ArrayList<>();
    private final MostWritten displayNames = new MostWritten();
    private final MostWritten displayBirthDates = new MostWritten();

    /**
     * One statement ({@code statements/}): the attribute, the value as written and normalised (null
     * when it could not be), and the record that states it.
     */
    public Builder add(
        String attribute, String asWritten, String normalised, String source, String recordId) {
      requireNonNull(attribute, "attribute is null");
      sources.add(requireNonNull(source, "source is null"));
      switch (attribute) {
        case "subject_category" -> {
          members.add(new Member(source, recordId, asWritten));
          categories
              .computeIfAbsent(asWritten, k -> new ArrayList<>())
              .add(source + ":" + recordId);
        }
        case "name" -> {
          addNormalised(names, normalised);
          displayNames.add(asWritten);
        }
        case "birth_date" -> {
          addNormalised(birthDates, normalised);
          displayBirthDates.add(asWritten);
        }
        case "identifier" -> addNormalised(identifiers, normalised);
        case "handling_code" -> addNormalised(handlingCodes, normalised);
        default -> {
          // The other attributes are statements only, not part of the profile.
        }
      }
      return this;
    }

    private static boolean holdsAny(Set<String> held, Set<String> wanted) {
      return held.stream().anyMatch(c -> c != null && wanted.contains(c));
    }

    private static void addNormalised(Collection<String> values, String normalised) {
      if (normalised != null) {
        values.add(normalised);
      }
    }

    /**
     * @param maxEntitySize an entity with more members is flagged {@link #OVERSIZE_ENTITY}
     */
    public EntityProfile build(HandlingCodes codes, int maxEntitySize) {
      List<Member> sortedMembers = new ArrayList<>(members);
      sortedMembers.sort(Member.ORDER);
      List<CategoryRecords> byCategory = new ArrayList<>();
      categories.forEach(
          (category, records) -> {
            List<String> sorted = new ArrayList<>(records);
            sorted.sort(CodePointOrder.INSTANCE);
            byCategory.add(new CategoryRecords(category, sorted));
          });
      List<String> flags = new ArrayList<>();
      Set<String> held = categories.keySet();
      if (holdsAny(held, VICTIM_OR_WITNESS) && holdsAny(held, SUSPECT_OR_CONVICTED)) {
        flags.add(VICTIM_OR_WITNESS_WITH_SUSPECT);
      }
      if (sortedMembers.size() > maxEntitySize) {
        flags.add(OVERSIZE_ENTITY);
      }
      return new EntityProfile(
          new ArrayList<>(sources),
          sortedMembers,
          new ArrayList<>(names),
          new ArrayList<>(birthDates),
          new ArrayList<>(identifiers),
          byCategory,
          codes.mostRestrictive(handlingCodes),
          flags,
          displayNames.choice(),
          displayBirthDates.choice());
    }
  }
}
