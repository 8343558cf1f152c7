package org.openresolve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.explain.EntityExplanation;
import org.openresolve.spark.explain.Explainer;
import org.openresolve.spark.explain.FieldEvidence;
import org.openresolve.spark.explain.LinkEvidence;
import org.openresolve.spark.explain.MemberSummary;
import org.openresolve.spark.explain.PairExplanation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code er explain}: how an entity was formed, or why two records are or are not together. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explains an entity (--entity ID) or pairs of records (--records S:ID S:ID, repeated for"
            + " several pairs) of a finished run.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions sparkOptions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory of a resolve run.")
  Path out;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Option(names = "--json", description = "Print JSON for programs instead of text.")
  boolean json;

  static final class What {
    @Option(
        names = "--entity",
        paramLabel = "ID",
        description = "An entity id from membership/ or entities/.")
    String entity;

    @Option(
        names = "--records",
        arity = "2",
        paramLabel = "SOURCE:RECORD_ID",
        description =
            "Two records. Repeat the option to explain several pairs in one run: each is"
                + " explained in turn (with --json, as an array).")
    List<String> records;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(out.resolve("membership"))) {
      throw new UserError(out + " holds no membership/ table; is it the output of er resolve?");
    }
    SparkSession spark = sparkOptions.start("er explain", spec);
    try {
      PrintWriter w = spec.commandLine().getOut();
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      if (what.entity != null) {
        EntityExplanation e = new Explainer(spark, out).entity(what.entity);
        if (json) {
          w.println(mapper.writeValueAsString(e));
        } else {
          print(w, e);
        }
      } else {
        // Picocli gathers the records of every --records in one list, two by two.
        int pairs = what.records.size() / 2;
        Explainer explainer = new Explainer(spark, out, pairs > 1);
        List<PairExplanation> answers = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
          PairExplanation p =
              explainer.records(what.records.get(2 * i), what.records.get(2 * i + 1));
          if (json) {
            answers.add(p);
          } else {
            if (i > 0) {
              w.println();
            }
            print(w, p);
            w.flush();
          }
        }
        if (json) {
          w.println(mapper.writeValueAsString(pairs == 1 ? answers.get(0) : answers));
        }
      }
      w.flush();
      return 0;
    } finally {
      SparkSessions.stop(spark);
    }
  }

  private static void print(PrintWriter w, EntityExplanation e) {
    w.printf("Entity %s: %d record(s)%n%n", e.entityId(), e.members().size());
    for (MemberSummary m : e.members()) {
      w.printf(
          "  %-28s %-10s %s%s%n",
          m.record(),
          m.subjectCategory(),
          String.join(" / ", m.names()),
          m.birthDates().isEmpty() ? "" : "  born " + String.join(", ", m.birthDates()));
    }
    w.printf("%nHow the records are joined (strongest links that connect them):%n");
    for (EntityExplanation.TreeLine t : e.tree()) {
      String indent = "  ".repeat(t.depth() + 1);
      if (t.via() == null) {
        w.printf("%s%s%n", indent, t.record());
      } else {
        LinkEvidence l = t.via();
        w.printf(
            "%s└─ %s   weight %.1f, probability %.4f (threshold %.2f), blocked by %s%n",
            indent,
            t.record(),
            l.matchWeight(),
            l.matchProbability(),
            l.matchThreshold(),
            String.join(", ", l.blockingRules()));
        if (l.judgement() != null) {
          w.printf("%s     linked by an analyst's judgement: %s%n", indent, l.judgement());
        }
        printEvidence(w, indent + "     ", l.evidence());
      }
    }
    if (!e.refused().isEmpty()) {
      w.printf("%nLinks refused inside this entity:%n");
      e.refused().forEach(r -> w.printf("  %s%n", r));
    }
  }

  private static void print(PrintWriter w, PairExplanation p) {
    w.printf("%s and %s: %s%n", p.left(), p.right(), p.outcome());
    w.printf(
        "  entities: %s and %s%s%n",
        p.entityLeft(),
        p.entityRight(),
        p.entityLeft().equals(p.entityRight()) ? " (the same entity)" : "");
    w.printf("  %s%n", p.detail());
    if (!p.sharedBlockingKeys().isEmpty()) {
      w.printf("  blocking keys shared: %s%n", String.join(", ", p.sharedBlockingKeys()));
    }
    if (p.evidence() != null) {
      LinkEvidence l = p.evidence();
      w.printf(
          "  weight %.2f, probability %.4f (link at %.2f, review from %.2f)%n",
          l.matchWeight(), l.matchProbability(), l.matchThreshold(), l.reviewThreshold());
      if (l.judgement() != null) {
        w.printf("  analyst's judgement: %s%n", l.judgement());
      }
      if (l.uncorroborated()) {
        w.printf("  uncorroborated: both records are graded low, so the link was sent to review%n");
      }
      printEvidence(w, "    ", l.evidence());
    }
  }

  private static void printEvidence(PrintWriter w, String indent, List<FieldEvidence> evidence) {
    for (FieldEvidence f : evidence) {
      if (f.level() == 0) {
        continue; // a value missing on either side says nothing
      }
      // A weight that rounds to zero prints as +0.00, never as -0.00 from a rounding residue.
      double weight = Math.abs(f.partialWeight()) < 0.005 ? 0.0 : f.partialWeight();
      w.printf(
          "%s%-16s %-26s %+6.2f   %s | %s%s%n",
          indent,
          f.label(),
          f.levelLabel(),
          weight,
          f.valueL(),
          f.valueR(),
          f.note() == null ? "" : "   (" + f.note() + ")");
    }
  }
}
