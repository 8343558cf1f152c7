package org.openresolve.scenarios;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openresolve.core.entity.CodePointOrder;
import org.openresolve.core.pipeline.DecisionReason;
import org.openresolve.core.pipeline.LocalResolution;
import org.openresolve.core.pipeline.LocalResolver;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PreparedRecord;
import org.openresolve.core.pipeline.SinglePair;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;

/**
 * Resolves each scenario with the production in-memory pipeline ({@link LocalResolver}: blocking,
 * comparison, term frequencies, shared-value limits, decisions, guarded clustering), its records
 * added to a background population, and compares the entities of the scenario's records with the
 * expected grouping.
 *
 * <p>The model is trained once, unsupervised as a run trains it, on the background together with
 * the records of every scenario of the suite, and applied frozen to each scenario. Training on a
 * scenario's few records alone would mean nothing: the random pairs u is counted from would be the
 * scenario's own pairs, half of them matches. Training on the background alone would leave out what
 * the background never compares (no two of its records carry a generational suffix or a crypto
 * wallet), and a comparison no candidate pair exercised weighs nothing in the model, so a Jr.
 * against a Sr. would count for nothing. Term frequencies and shared-value counts are those of the
 * background with the one scenario's records, as in a run over both.
 */
public final class ScenarioRunner {
  /** Source names of the scenarios' records while training: scenarios reuse record ids. */
  private static final String TRAINING_PREFIX = "training_";

  private final RuleSet rules;
  private final List<PersonRecord> background;
  private final ModelParameters model;

  /**
   * @param suite every scenario of the suite, whose records join the background for training
   */
  public ScenarioRunner(RuleSet rules, List<PersonRecord> background, List<Scenario> suite) {
    this.rules = requireNonNull(rules, "rules is null");
    this.background = List.copyOf(background);
    List<PersonRecord> training = new ArrayList<>(this.background);
    for (Scenario s : suite) {
      s.records()
          .forEach(
              r -> training.add(renamed(r, TRAINING_PREFIX + s.name() + "_" + r.key().source())));
    }
    this.model = new LocalResolver(rules, null, List.of()).resolve(training).model();
  }

  private static PersonRecord renamed(PersonRecord r, String source) {
    RecordKey k = r.key();
    return new PersonRecord(
        new RecordKey(source, k.kind(), k.recordId(), k.rowSha256()),
        r.names(),
        r.birthDates(),
        r.sex(),
        r.nationalities(),
        r.placeOfBirth(),
        r.identifiers(),
        r.addresses(),
        r.phones(),
        r.emails(),
        r.accounts(),
        r.wallets(),
        r.urls(),
        r.metadata());
  }

  public ScenarioResult run(Scenario scenario) {
    LocalResolution run = resolve(scenario);
    Map<String, Integer> expectedGroup = new HashMap<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      for (String key : scenario.groups().get(g)) {
        expectedGroup.put(key, g);
      }
    }
    Explanations explain = new Explanations(run);
    List<ScenarioResult.Finding> merged = new ArrayList<>();
    List<ScenarioResult.Finding> split = new ArrayList<>();
    List<String> keys = scenario.keys();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        String a = keys.get(i);
        String b = keys.get(j);
        boolean together = run.membership().get(a).equals(run.membership().get(b));
        Integer ga = expectedGroup.get(a);
        boolean expected = ga != null && ga.equals(expectedGroup.get(b));
        if (together && !expected) {
          merged.add(explain.finding(a, b));
        } else if (!together && expected) {
          split.add(explain.finding(a, b));
        }
      }
    }
    return new ScenarioResult(scenario, merged, split);
  }

  private LocalResolution resolve(Scenario scenario) {
    List<PersonRecord> input = new ArrayList<>(background);
    input.addAll(scenario.records());
    return new LocalResolver(rules, model, List.of()).resolve(input);
  }

  /** What the run did with a pair, and its evidence replayed by the run's own pipeline. */
  private final class Explanations {
    private final LocalResolution run;
    private final Map<String, PersonRecord> byKey = new HashMap<>();
    private final SinglePair single;
    private final PreparedRecord.Preparation preparation;
    private final Map<String, List<String>> linked = new LinkedHashMap<>();

    Explanations(LocalResolution run) {
      this.run = run;
      run.records().forEach(r -> byKey.put(r.key().qualifiedId(), r));
      Set<String> oversize =
          run.blocks().oversize().stream().map(b -> b.key()).collect(Collectors.toSet());
      this.single = new SinglePair(rules, model, run.termCounts(), run.records().size(), oversize);
      this.preparation = new PreparedRecord.Preparation(rules);
      for (LocalResolution.DecidedPair p : run.pairs()) {
        if (p.decision().decision() == PairDecision.LINK) {
          String l = run.key(p.compared().left());
          String r = run.key(p.compared().right());
          linked.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
          linked.computeIfAbsent(r, k -> new ArrayList<>()).add(l);
        }
      }
    }

    ScenarioResult.Finding finding(String a, String b) {
      boolean ordered = CodePointOrder.INSTANCE.compare(a, b) <= 0;
      String left = ordered ? a : b;
      String right = ordered ? b : a;
      SinglePair.Outcome o =
          single.of(preparation.of(byKey.get(left)), preparation.of(byKey.get(right)));
      return new ScenarioResult.Finding(a, b, outcome(a, b, o), evidence(o));
    }

    private String outcome(String a, String b, SinglePair.Outcome o) {
      var decided = run.pair(a, b);
      if (decided.isPresent()) {
        var d = decided.get().decision();
        String p = String.format("p %.3f, weight %.1f", d.probability(), d.matchWeight());
        return switch (d.decision()) {
          case LINK -> "linked directly, " + p;
          case REVIEW -> "review, " + p;
          case NONE -> "below review, " + p;
          case REFUSED -> "refused: " + d.refusal().message() + ", " + p + throughChain(a, b);
        };
      }
      String p =
          String.format(
              "would score p %.3f, weight %.1f", o.score().probability(), o.score().matchWeight());
      String why;
      if (o.notCompared() == null) {
        why = "compared";
      } else if (o.notCompared() instanceof DecisionReason.Oversize z) {
        why = "never compared: only in oversize blocks " + z.keys();
      } else if (o.notCompared() instanceof DecisionReason.SkippedWhen w) {
        why = "never compared: skip_when of " + w.rules();
      } else {
        why = "never compared: no blocking key shared";
      }
      return why + ", " + p + throughChain(a, b);
    }

    /** ", joined through X, Y" when the two are in one entity by a chain of links, else "". */
    private String throughChain(String a, String b) {
      Map<String, String> from = new HashMap<>();
      Deque<String> queue = new ArrayDeque<>(List.of(a));
      from.put(a, a);
      while (!queue.isEmpty()) {
        String at = queue.poll();
        if (at.equals(b)) {
          List<String> path = new ArrayList<>();
          for (String k = from.get(b); !k.equals(a); k = from.get(k)) {
            path.add(0, k);
          }
          return path.isEmpty() ? "" : ", joined through " + String.join(", ", path);
        }
        for (String next : linked.getOrDefault(at, List.of())) {
          if (from.putIfAbsent(next, at) == null) {
            queue.add(next);
          }
        }
      }
      return "";
    }

    private List<String> evidence(SinglePair.Outcome o) {
      List<String> lines = new ArrayList<>();
      PairScore s = o.score();
      double fields = s.partialWeights().stream().mapToDouble(Double::doubleValue).sum();
      lines.add(
          String.format(
              "weight %.2f, probability %.4f (link at %.2f, review from %.2f); prior %+.2f",
              s.matchWeight(),
              s.probability(),
              rules.thresholds().matchProbability(),
              rules.thresholds().reviewProbability(),
              s.matchWeight() - fields));
      for (int c = 0; c < rules.comparisons().size(); c++) {
        int level = o.vector().level(c);
        if (level == 0) {
          continue;
        }
        ComparisonSpec spec = rules.comparisons().get(c);
        double w = Math.abs(s.partialWeights().get(c)) < 0.005 ? 0.0 : s.partialWeights().get(c);
        String note = s.notes().get(c);
        lines.add(
            String.format(
                "%-16s %-26s %+6.2f   %s | %s%s",
                spec.label(),
                spec.levels().get(level).label(),
                w,
                o.vector().left(c),
                o.vector().right(c),
                note == null ? "" : "   (" + note + ")"));
      }
      return lines;
    }
  }
}
