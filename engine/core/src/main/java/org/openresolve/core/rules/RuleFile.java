package org.openresolve.core.rules;

import java.util.List;

/**
 * The document of a rule file exactly as YAML holds it; {@link RuleSet} is what the engine uses.
 */
record RuleFile(
    String name,
    String description,
    BlockingSettings blocking,
    List<ComparisonSpec> comparisons,
    ModelSettings model,
    Thresholds thresholds,
    GuardSettings guards,
    List<String> handlingCodes,
    GradingPolicy grading,
    ExecutionSettings execution) {
  RuleFile {
    name = Required.text(name, "name");
    description = Required.text(description, "description");
    Required.key(blocking, "blocking");
    comparisons = List.copyOf(Required.key(comparisons, "comparisons"));
    if (comparisons.isEmpty()) {
      throw new IllegalArgumentException(
          "'comparisons' is empty; at least one comparison is needed");
    }
    Required.key(model, "model");
    Required.key(thresholds, "thresholds");
    // Absent sections mean "none", never a default hidden in code.
    guards = guards == null ? GuardSettings.NONE : guards;
    grading = grading == null ? GradingPolicy.NONE : grading;
    execution = execution == null ? ExecutionSettings.NONE : execution;
    handlingCodes = handlingCodes == null ? List.of() : List.copyOf(handlingCodes);
  }
}
