package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;

/**
 * One comparison of a rule file: a field and its ordered levels, best evidence first. That the
 * levels fit the field and run from MISSING to ELSE is checked by {@link RuleChecks}, which can
 * point at the offending level.
 */
public record ComparisonSpec(String id, String label, PersonField field, List<LevelSpec> levels)
    implements Serializable {
  public ComparisonSpec {
    id = Required.id(id);
    label = Required.text(label, "label");
    Required.key(field, "field");
    levels = List.copyOf(Required.key(levels, "levels"));
  }

  public List<ComparisonLevel> conditions() {
    return levels.stream().map(LevelSpec::level).toList();
  }
}
