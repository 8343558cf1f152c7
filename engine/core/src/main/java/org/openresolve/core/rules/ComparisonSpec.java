package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;

/**
 * One comparison of a rule file. With {@code term_frequency: true}, agreement on a value that is
 * common in the data (a frequent first or family name) weighs less than the model's average
 * agreement, in proportion to how common it is. On a comparison with a {@code shared_value} limit
 * (e-mail, phone, document, account, wallet, address) it weighs agreement by how many distinct
 * people hold the value: one e-mail held by one person in a million records is near proof, one held
 * by two people much less ({@code org.openresolve.core.scoring.TermFrequencies}).
 *
 * <p>With {@code weightless_when}, agreement on this comparison weighs nothing for a pair at any of
 * the named levels of other comparisons: a phone shared by two records whose given names or birth
 * dates disagree says they share a household (twins, father and son), not that they are one person.
 * Disagreement keeps its weight.
 *
 * <p>With {@code shared_value}, agreement on a value held by more distinct people than the setting
 * allows (counted from the data: a burner phone, a safe house) weighs less or nothing ({@link
 * SharedValueLimit}); {@link RuleChecks} refuses it on a field whose people are not counted.
 *
 * <p>One comparison of a rule file: a field and its ordered levels, best evidence first. That the
 * levels fit the field and run from MISSING to ELSE is checked by {@link RuleChecks}, which can
 * point at the offending level.
 */
public record ComparisonSpec(
    String id,
    String label,
    PersonField field,
    List<LevelSpec> levels,
    Boolean termFrequency,
    List<LevelRef> weightlessWhen,
    SharedValueLimit sharedValue)
    implements Serializable {
  public ComparisonSpec(
      String id, String label, PersonField field, List<LevelSpec> levels, Boolean termFrequency) {
    this(id, label, field, levels, termFrequency, null, null);
  }

  public ComparisonSpec {
    id = Required.id(id);
    termFrequency = termFrequency != null && termFrequency;
    if (termFrequency
        && field != PersonField.GIVEN_NAME
        && field != PersonField.FAMILY_NAME
        && sharedValue == null) {
      throw new IllegalArgumentException(
          "term_frequency applies to GIVEN_NAME and FAMILY_NAME comparisons and to comparisons with a shared_value limit, not "
              + field);
    }
    label = Required.text(label, "label");
    Required.key(field, "field");
    levels = List.copyOf(Required.key(levels, "levels"));
    weightlessWhen = weightlessWhen == null ? List.of() : List.copyOf(weightlessWhen);
  }

  /**
   * Whether agreement is weighed by the people holding the value: term frequency on a shared value.
   */
  public boolean rarity() {
    return termFrequency && sharedValue != null;
  }

  public List<ComparisonLevel> conditions() {
    return levels.stream().map(LevelSpec::level).toList();
  }
}
