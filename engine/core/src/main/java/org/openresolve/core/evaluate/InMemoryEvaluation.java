package org.openresolve.core.evaluate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.entity.CodePointOrder;
import org.openresolve.core.pipeline.NodePair;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PreparedRecord;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * Scores a run whose records one process holds against a truth file: the join of the run's
 * membership with the truth rows on source and record id, the contingency table's cells summed by
 * {@link OverlapSums#plus}, and every true pair's fate by {@link TruePairFates}, as the Spark
 * evaluation does with the same rows spread over tasks. For a small run this takes milliseconds
 * where the Spark jobs take seconds of planning.
 */
public final class InMemoryEvaluation {
  private InMemoryEvaluation() {}

  /**
   * A record of the run, as its node: its key, its entity and the record as the run prepared it.
   */
  public record RunRecord(String source, String recordId, String entity, PreparedRecord prepared) {
    public RunRecord {
      requireNonNull(source, "source is null");
      requireNonNull(recordId, "recordId is null");
      requireNonNull(entity, "entity is null");
      requireNonNull(prepared, "prepared is null");
    }
  }

  /**
   * One row of a truth file. An empty cell is null: a row without source or record id joins no
   * record, and records of no true entity are counted but form no true pair, as in the Spark join.
   */
  public record TruthRow(String source, String recordId, String entity) {}

  /**
   * @param onlyInOutput the run's records no truth row names
   * @param onlyInTruth truth rows naming no record of the run
   */
  public record Result(
      OverlapSums sums, long onlyInOutput, long onlyInTruth, RecallLoss recallLoss) {}

  /**
   * @param run the run's records; a record's node is its index
   * @param decisions the decision of every pair the run's tables hold (merges, review, refused)
   * @param oversize every key of a block over its limit in the run, refined or skipped
   */
  public static Result score(
      List<RunRecord> run,
      List<TruthRow> truth,
      Map<NodePair, PairDecision> decisions,
      RuleSet rules,
      Set<String> oversize) {
    Map<List<String>, Integer> nodeOf = new HashMap<>();
    for (int node = 0; node < run.size(); node++) {
      nodeOf.put(List.of(run.get(node).source(), run.get(node).recordId()), node);
    }
    List<Labelled> joined = new ArrayList<>();
    for (TruthRow t : truth) {
      if (t.source() == null || t.recordId() == null) {
        continue;
      }
      Integer node = nodeOf.get(List.of(t.source(), t.recordId()));
      if (node != null) {
        joined.add(new Labelled(node, run.get(node), t.entity()));
      }
    }
    long inBoth = joined.size();
    return new Result(
        sums(joined),
        run.size() - inBoth,
        truth.size() - inBoth,
        recallLoss(
            joined,
            decisions,
            new TruePairFates(rules, oversize),
            rules.blocking().rules().stream().map(BlockingRuleSpec::id).toList()));
  }

  /** A record of the run joined with a truth row naming it. */
  private record Labelled(int node, RunRecord record, String truth) {}

  private static OverlapSums sums(List<Labelled> joined) {
    Map<String, Long> predictedSize = new HashMap<>();
    Map<String, Long> trueSize = new HashMap<>();
    Map<List<String>, Long> cells = new LinkedHashMap<>();
    for (Labelled l : joined) {
      predictedSize.merge(l.record().entity(), 1L, Long::sum);
      trueSize.merge(l.truth(), 1L, Long::sum);
      if (l.truth() != null) {
        cells.merge(List.of(l.record().entity(), l.truth()), 1L, Long::sum);
      }
    }
    OverlapSums sums = OverlapSums.EMPTY;
    for (Map.Entry<List<String>, Long> cell : cells.entrySet()) {
      sums =
          sums.plus(
              new ClusterOverlap(
                  cell.getValue(),
                  predictedSize.get(cell.getKey().get(0)),
                  trueSize.get(cell.getKey().get(1))));
    }
    return sums.withClusterPairs(
        predictedSize.values().stream().mapToLong(OverlapSums::pairs).sum(),
        trueSize.values().stream().mapToLong(OverlapSums::pairs).sum());
  }

  private static RecallLoss recallLoss(
      List<Labelled> joined,
      Map<NodePair, PairDecision> decisions,
      TruePairFates fates,
      List<String> blockingRules) {
    Map<String, List<Labelled>> byTrueEntity = new LinkedHashMap<>();
    for (Labelled l : joined) {
      if (l.truth() != null) {
        byTrueEntity.computeIfAbsent(l.truth(), e -> new ArrayList<>()).add(l);
      }
    }
    Comparator<Labelled> order =
        Comparator.comparing((Labelled l) -> l.record().source(), CodePointOrder.INSTANCE)
            .thenComparing(l -> l.record().recordId(), CodePointOrder.INSTANCE);
    RecallLoss loss = new RecallLoss(blockingRules);
    for (List<Labelled> group : byTrueEntity.values()) {
      group.sort(order);
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Labelled l = group.get(i);
          Labelled r = group.get(j);
          // A record named twice by the truth is no pair with itself.
          if (l.node() == r.node()) {
            continue;
          }
          PairDecision decided =
              decisions.getOrDefault(NodePair.of(l.node(), r.node()), PairDecision.NONE);
          fates
              .of(
                  l.record().prepared(),
                  r.record().prepared(),
                  l.record().entity().equals(r.record().entity()),
                  decided)
              .addTo(loss, 1);
        }
      }
    }
    return loss;
  }
}
