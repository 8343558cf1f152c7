package org.openresolve.core.rules;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.openresolve.core.config.ConfigFileException;
import org.openresolve.core.config.TypedYaml;

/**
 * A validated rule set: blocking rules, comparisons with their levels, model settings and decision
 * thresholds, read from {@code rules/<name>/ruleset.yaml}. Immutable; the sha256 of the file bytes
 * goes into every output so a result can be traced to the exact rules that made it.
 */
public final class RuleSet implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String description;
  private final BlockingSettings blocking;
  private final List<ComparisonSpec> comparisons;
  private final ModelSettings model;
  private final Thresholds thresholds;
  private final GuardSettings guards;
  private final HandlingCodes handlingCodes;
  private final GradingPolicy grading;
  private final String sha256;

  private RuleSet(RuleFile file, String sha256) {
    this.name = file.name();
    this.description = file.description();
    this.blocking = file.blocking();
    this.comparisons = file.comparisons();
    this.model = file.model();
    this.thresholds = file.thresholds();
    this.guards = file.guards();
    this.handlingCodes = new HandlingCodes(file.handlingCodes());
    this.grading = file.grading();
    this.sha256 = sha256;
  }

  /**
   * Reads and validates a rule file.
   *
   * @throws ConfigFileException naming file, line and field path when the file is not a valid rule set
   * @throws UncheckedIOException when the file exists but cannot be read
   */
  public static RuleSet load(Path file) {
    requireNonNull(file, "file is null");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(file.toString(), 0, "", "file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file, e);
    }
    RuleFile parsed = TypedYaml.read(file.toString(), new ByteArrayInputStream(bytes), RuleFile.class);
    new RuleChecks(file.toString(), YamlLines.of(bytes)).check(parsed);
    return new RuleSet(parsed, sha256(bytes));
  }

  /**
   * The problems of a rule file for {@code er rules validate}: empty when it is valid, else the
   * first problem as {@code file:line: field.path: problem}.
   */
  public static List<String> check(Path file) {
    try {
      load(file);
      return List.of();
    } catch (ConfigFileException e) {
      return List.of(e.getMessage());
    }
  }

  /** One line for an analyst: what the rule set holds and its hash. */
  public String summary() {
    return String.format(
        "rule set '%s' (sha256 %s): %d blocking rules, %d comparisons, link at p >= %s, review at p >= %s",
        name,
        sha256,
        blocking.rules().size(),
        comparisons.size(),
        thresholds.matchProbability(),
        thresholds.reviewProbability());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public BlockingSettings blocking() {
    return blocking;
  }

  public List<ComparisonSpec> comparisons() {
    return comparisons;
  }

  public ModelSettings model() {
    return model;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public GuardSettings guards() {
    return guards;
  }

  public HandlingCodes handlingCodes() {
    return handlingCodes;
  }

  public GradingPolicy grading() {
    return grading;
  }

  /** Lower-case hex sha256 of the rule file's bytes. */
  public String sha256() {
    return sha256;
  }
}
