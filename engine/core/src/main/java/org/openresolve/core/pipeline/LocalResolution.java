package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.WeightHistogram;
import org.openresolve.model.Judgement;
import org.openresolve.model.PersonRecord;

/**
 * What {@link LocalResolver} made of a list of records. Records are numbered (their node) in key
 * order; pairs name records by node.
 *
 * @param records the input in node order
 * @param views their match views, in node order
 * @param pairs every compared pair with its decision (NONE included), and the analysts' SAME links
 * @param skipped the pairs {@code skip_when} left uncompared
 * @param membership each record's entity id by record key, in node order
 * @param termCounts the counts of the values term frequencies and shared-value limits weigh
 * @param candidatePairs the pairs compared
 * @param weights the match weight of every compared pair, as scored before any judgement
 */
public record LocalResolution(
    List<PersonRecord> records,
    List<MatchView> views,
    ModelParameters model,
    boolean trained,
    BlockStats blocks,
    List<DecidedPair> pairs,
    List<SkippedPair> skipped,
    Map<String, String> membership,
    List<Judgement> unknownJudgements,
    Map<String, Long> termCounts,
    long candidatePairs,
    WeightHistogram weights) {
  public LocalResolution {
    records = List.copyOf(records);
    views = List.copyOf(views);
    requireNonNull(model, "model is null");
    requireNonNull(blocks, "blocks is null");
    pairs = List.copyOf(pairs);
    skipped = List.copyOf(skipped);
    membership = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(membership));
    unknownJudgements = List.copyOf(unknownJudgements);
    termCounts = Map.copyOf(termCounts);
    requireNonNull(weights, "weights is null");
  }

  /** A compared (or judged) pair and its decision. */
  public record DecidedPair(ComparedPair compared, Decision decision) {
    public DecidedPair {
      requireNonNull(compared, "compared is null");
      requireNonNull(decision, "decision is null");
    }

    public NodePair pair() {
      return new NodePair(compared.left(), compared.right());
    }
  }

  /** A pair {@code skip_when} left uncompared: both nodes and the rules that reached it. */
  public record SkippedPair(long left, long right, long rules) {}

  /** The record key of a node. */
  public String key(long node) {
    return views.get((int) node).key();
  }

  /** The decided pair of two records by key, in either order; empty when it was never compared. */
  public Optional<DecidedPair> pair(String a, String b) {
    return pairs.stream()
        .filter(
            p ->
                key(p.compared().left()).equals(a) && key(p.compared().right()).equals(b)
                    || key(p.compared().left()).equals(b) && key(p.compared().right()).equals(a))
        .findFirst();
  }

  /** How many pairs were decided so. */
  public long count(PairDecision decision) {
    return pairs.stream().filter(p -> p.decision().decision() == decision).count();
  }
}
