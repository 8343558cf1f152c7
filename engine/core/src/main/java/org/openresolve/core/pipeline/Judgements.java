package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.model.Judgement;

/**
 * The analysts' decisions, which clustering obeys: a SAME links the two records whatever their
 * score, with the judgement as provenance (in place of any scored decision on the pair); a
 * DIFFERENT keeps them in different entities ({@link Guard#JUDGED_DIFFERENT}). A judgement naming a
 * record the run does not hold is reported, not fatal.
 */
public final class Judgements {
  /** The blocking rule a judged link names. */
  public static final String JUDGEMENT_RULE = "analyst_judgement";

  private final List<Judgement> all;

  public Judgements(List<Judgement> all) {
    this.all = List.copyOf(requireNonNull(all, "all is null"));
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** Every record key a judgement names. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    all.forEach(
        j -> {
          keys.add(j.left());
          keys.add(j.right());
        });
    return keys;
  }

  /** A judged record: its node and view. */
  public record JudgedRecord(long node, MatchView view) implements Serializable {}

  /** A SAME judgement on two records of the run, compared and scored as any link. */
  public record JudgedLink(
      JudgedRecord left,
      JudgedRecord right,
      ComparisonVector vector,
      PairScore score,
      Judgement judgement) {
    /** Linked by the analyst: never uncorroborated, whatever the gradings. */
    public Decision decision() {
      return new Decision(
          PairDecision.LINK, score.matchWeight(), score.probability(), false, judgement, null);
    }
  }

  /** The judgements resolved to the run's records. */
  public record Resolved(List<JudgedLink> same, Set<NodePair> different, List<Judgement> unknown)
      implements Serializable {
    public Resolved {
      same = List.copyOf(same);
      different = Set.copyOf(different);
      unknown = List.copyOf(unknown);
    }

    public static final Resolved NONE = new Resolved(List.of(), Set.of(), List.of());
  }

  /**
   * @param byKey the judged records the run holds, by key; a judgement naming another is unknown
   */
  public Resolved resolve(
      Map<String, JudgedRecord> byKey, PairComparer comparer, MatchScorer scorer) {
    List<JudgedLink> same = new ArrayList<>();
    Set<NodePair> different = new HashSet<>();
    List<Judgement> unknown = new ArrayList<>();
    for (Judgement j : all) {
      JudgedRecord a = byKey.get(j.left());
      JudgedRecord b = byKey.get(j.right());
      if (a == null || b == null) {
        unknown.add(j);
        continue;
      }
      if (a.node() > b.node()) {
        JudgedRecord t = a;
        a = b;
        b = t;
      }
      if (j.verdict() == Judgement.Verdict.DIFFERENT) {
        different.add(NodePair.of(a.node(), b.node()));
        continue;
      }
      ComparisonVector vector = comparer.compare(a.view(), b.view());
      // The model's score without term frequencies: the analyst, not the score, decides the pair.
      same.add(new JudgedLink(a, b, vector, scorer.score(vector), j));
    }
    return new Resolved(same, different, unknown);
  }

  /** How a SAME judgement reads in the tables. */
  public static String describe(Judgement j) {
    return "SAME by " + j.author() + " at " + j.at() + ": " + j.reason();
  }
}
