package org.openresolve.spark.run;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.model.Judgement;
import org.openresolve.spark.ingest.SourceInput;

/**
 * What a resolve run is asked to do, parsed and typed: the sources, the rule file, an optional
 * frozen model, the output directory, and what analysts and the law add (judgements, records to
 * erase, the audit log, an earlier run whose ids carry over, a truth file to score against).
 *
 * @param ruleFile the file {@code rules} was read from; it and its name lists are kept beside the
 *     outputs
 * @param frozenModel a model to apply instead of training, or null
 * @param modelSource what the manifest says about the model: "trained" or the frozen model's file
 * @param auditLog the hash-chained log the run appends to, or null for none
 * @param previous an earlier run's output, or null
 * @param truth a truth file to evaluate against, or null
 * @param matching where the matching runs: as the rule set's {@code execution:} section says, or
 *     forced one way (to compare the two)
 */
public record ResolveOptions(
    List<SourceInput> inputs,
    Path ruleFile,
    RuleSet rules,
    ModelParameters frozenModel,
    String modelSource,
    Path out,
    boolean overwrite,
    List<Judgement> judgements,
    Set<String> erase,
    Path auditLog,
    Path previous,
    Path truth,
    Matching matching) {
  /** Where the matching runs; both ways write the same tables. */
  public enum Matching {
    /**
     * In memory when the session is local and the input has at most the rule set's {@code
     * in_memory_max_records}, else Spark jobs.
     */
    BY_RULE_SET,
    SPARK_JOBS,
    IN_MEMORY
  }

  public ResolveOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a run needs at least one source");
    }
    requireNonNull(ruleFile, "ruleFile is null");
    requireNonNull(rules, "rules is null");
    requireNonNull(modelSource, "modelSource is null");
    requireNonNull(out, "out is null");
    judgements = List.copyOf(judgements);
    erase = Set.copyOf(erase);
    requireNonNull(matching, "matching is null");
  }

  /**
   * Whether an input of {@code records} records is matched in memory.
   *
   * @param localMaster whether the session runs on this machine: a cluster's driver may be given
   *     far less memory than its executors, so there every input is matched by Spark jobs unless
   *     forced
   */
  public boolean inMemory(long records, boolean localMaster) {
    return switch (matching) {
      case BY_RULE_SET -> localMaster && rules.execution().inMemory(records);
      case SPARK_JOBS -> false;
      case IN_MEMORY -> true;
    };
  }

  /**
   * Whether local input files of {@code bytes} bytes in all are read on the driver: as the input is
   * matched, by the rule set's bound on a local session, always when matched in memory, never when
   * matched by Spark jobs.
   */
  public boolean readOnDriver(long bytes, boolean localMaster) {
    return switch (matching) {
      case BY_RULE_SET -> localMaster && rules.execution().readOnDriver(bytes);
      case SPARK_JOBS -> false;
      case IN_MEMORY -> true;
    };
  }

  public static Builder builder(List<SourceInput> inputs, Path ruleFile, RuleSet rules, Path out) {
    return new Builder(inputs, ruleFile, rules, out);
  }

  /**
   * The options with their defaults: trained model, no overwrite, no judgements, erasure, audit
   * log, previous run or truth.
   */
  public static final class Builder {
    private final List<SourceInput> inputs;
    private final Path ruleFile;
    private final RuleSet rules;
    private final Path out;
    private ModelParameters frozenModel;
    private String modelSource = "trained";
    private boolean overwrite;
    private List<Judgement> judgements = List.of();
    private Set<String> erase = Set.of();
    private Path auditLog;
    private Path previous;
    private Path truth;
    private Matching matching = Matching.BY_RULE_SET;

    private Builder(List<SourceInput> inputs, Path ruleFile, RuleSet rules, Path out) {
      this.inputs = inputs;
      this.ruleFile = ruleFile;
      this.rules = rules;
      this.out = out;
    }

    /**
     * @param file where the model came from, for the manifest
     */
    public Builder frozenModel(ModelParameters model, Path file) {
      this.frozenModel = model;
      this.modelSource = model == null ? "trained" : file.toString();
      return this;
    }

    public Builder overwrite(boolean overwrite) {
      this.overwrite = overwrite;
      return this;
    }

    public Builder judgements(List<Judgement> judgements) {
      this.judgements = judgements;
      return this;
    }

    public Builder erase(Set<String> erase) {
      this.erase = erase;
      return this;
    }

    public Builder auditLog(Path auditLog) {
      this.auditLog = auditLog;
      return this;
    }

    public Builder previous(Path previous) {
      this.previous = previous;
      return this;
    }

    public Builder truth(Path truth) {
      this.truth = truth;
      return this;
    }

    public Builder matching(Matching matching) {
      this.matching = matching;
      return this;
    }

    public ResolveOptions build() {
      return new ResolveOptions(
          inputs,
          ruleFile,
          rules,
          frozenModel,
          modelSource,
          out,
          overwrite,
          judgements,
          erase,
          auditLog,
          previous,
          truth,
          matching);
    }
  }
}
