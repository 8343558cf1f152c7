package org.openresolve.spark.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.RecallLoss;
import org.openresolve.core.evaluate.TruePairFate;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.SourceInput;
import org.openresolve.spark.run.ResolveAction;
import org.openresolve.spark.run.ResolveOptions;
import org.openresolve.spark.run.ResolveOutcome;
import org.openresolve.spark.testing.LocalSpark;

class RecallLossJobTest {
  private static final Path RULES = Path.of("../../rules/default/ruleset.yaml");
  private static final String HEADER =
      "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,event_date,handling_code,updated_at\n";
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(RecallLossJobTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void everyTruePairMeetsOneFateAndTheFoundOnesAreTheCorrectPairs() throws IOException {
    Path crim =
        Files.writeString(
            dir.resolve("crim.csv"),
            HEADER
                + "C1,MPS,Smith,John,,,1970-01-01,,M,GB,,,+44 7700 900001,john.smith@mail.example,SUSPECT,,,OFFICIAL,\n"
                + "C2,MPS,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,,VICTIM,,,OFFICIAL,\n"
                + "C3,GMP,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,ann.jones@mail.example,WITNESS,,,OFFICIAL,\n"
                + "C4,GMP,Brown,Li,,,1990,,M,CN,,,,,OTHER,,,OFFICIAL,\n"
                + "C5,GMP,Zhang,Wei,,,1961-03-04,,M,CN,,,,,OTHER,,,OFFICIAL,\n");
    Path web =
        Files.writeString(
            dir.resolve("web.jsonl"),
            "{\"capture_id\": \"W1\", \"display_name\": \"John Smith\", \"date_of_birth\": \"1970-01-01\", \"emails\": [\"john.smith@mail.example\"], \"phones\": [\"+44 7700 900001\"]}\n");
    // Brown and Zhang share nothing a blocking rule keys on: truth says one person all the same.
    Path truth =
        Files.writeString(
            dir.resolve("truth.csv"),
            "source,record_id,entity\ncrim,C1,p1\nweb,W1,p1\ncrim,C2,p2\ncrim,C3,p2\ncrim,C4,p3\ncrim,C5,p3\n");
    List<SourceInput> sources =
        List.of(
            new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, crim.toString(), null, null),
            new SourceInput("web", SourceKind.OPEN_WEB, web.toString(), null, null));
    Path out = dir.resolve("run");

    ResolveOutcome o =
        new ResolveAction(
                ResolveOptions.builder(sources, RULES, RuleSet.load(RULES), out)
                    .truth(truth)
                    .build())
            .run(spark);

    RecallLoss loss = o.evaluation().recallLoss();
    EvaluationScores scores = o.evaluation().sums().scores();
    assertThat(loss.truePairs()).isEqualTo(scores.truePairs()).isEqualTo(3);
    assertThat(loss.count(TruePairFate.FOUND)).isEqualTo(scores.correctPairs()).isEqualTo(2);
    assertThat(loss.count(TruePairFate.NOT_BLOCKED)).isEqualTo(1);
    assertThat(loss.compared()).isEqualTo(2);
    assertThat(loss.byRule())
        .filteredOn(r -> r.rule().equals("phone"))
        .singleElement()
        .satisfies(r -> assertThat(r.compared()).isEqualTo(2));
    JsonNode written =
        new ObjectMapper().readTree(out.resolve(EvaluationFile.NAME).toFile()).path("recall_loss");
    assertThat(written.path("fates").path("not_blocked").path("pairs").asLong()).isEqualTo(1);
    assertThat(written.path("pair_completeness").asDouble()).isEqualTo(loss.pairCompleteness());
  }
}
