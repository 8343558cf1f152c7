package org.openresolve.scenarios;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a scenario came out: the pairs of its records that ended in one entity though expected apart
 * (wrongly merged), and those expected together that ended apart (wrongly split).
 */
public record ScenarioResult(Scenario scenario, List<Finding> merged, List<Finding> split) {
  public ScenarioResult {
    requireNonNull(scenario, "scenario is null");
    merged = List.copyOf(merged);
    split = List.copyOf(split);
  }

  public boolean passed() {
    return merged.isEmpty() && split.isEmpty();
  }

  public String name() {
    return scenario.name();
  }

  /**
   * One line: which records were wrongly merged or split, and what the engine did with each pair.
   */
  public String reason() {
    if (passed()) {
      return "";
    }
    return Stream.concat(
            merged.isEmpty()
                ? Stream.empty()
                : Stream.of(
                    "wrongly merged "
                        + merged.stream()
                            .map(f -> f.left() + " + " + f.right() + " (" + f.outcome() + ")")
                            .collect(Collectors.joining(", "))),
            split.isEmpty()
                ? Stream.empty()
                : Stream.of(
                    "wrongly split "
                        + split.stream()
                            .map(f -> f.left() + " | " + f.right() + " (" + f.outcome() + ")")
                            .collect(Collectors.joining(", "))))
        .collect(Collectors.joining("; "));
  }

  /**
   * One pair the engine got wrong.
   *
   * @param outcome what the engine did, in a few words ("linked directly, p 0.97", "review, p
   *     0.62")
   * @param evidence the pair's comparison as {@code er explain} shows it, a line per field
   */
  public record Finding(String left, String right, String outcome, List<String> evidence) {
    public Finding {
      requireNonNull(left, "left is null");
      requireNonNull(right, "right is null");
      requireNonNull(outcome, "outcome is null");
      evidence = List.copyOf(evidence);
    }
  }
}
