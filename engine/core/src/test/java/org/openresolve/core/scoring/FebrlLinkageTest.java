package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openresolve.core.pipeline.LocalResolution;
import org.openresolve.core.pipeline.LocalResolver;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.testing.ProjectFiles;
import org.openresolve.model.Address;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/**
 * Calibration of the default rule set on FEBRL4 (4a and 4b as two sources), trained without labels
 * by the production in-memory runner; prints pairwise precision, recall and F1. Fails when the
 * shared benchmark data is missing.
 */
class FebrlLinkageTest {

  @Test
  void defaultRulesLinkFebrl4WithF1AtLeast097() throws IOException {
    List<PersonRecord> records =
        new ArrayList<>(read("4a", ProjectFiles.dataset("febrl/dataset4a.csv")));
    records.addAll(read("4b", ProjectFiles.dataset("febrl/dataset4b.csv")));
    RuleSet rules = RuleSet.load(ProjectFiles.root().resolve("rules/default/ruleset.yaml"));
    long start = System.nanoTime();
    LocalResolution run = new LocalResolver(rules, null, List.of()).resolve(records);
    long truePairs = 5000;
    long blockedTrue = 0;
    long tp = 0;
    long fp = 0;
    for (LocalResolution.DecidedPair p : run.pairs()) {
      boolean same =
          entity(run.key(p.compared().left())).equals(entity(run.key(p.compared().right())));
      blockedTrue += same ? 1 : 0;
      if (p.decision().decision() == PairDecision.LINK) {
        tp += same ? 1 : 0;
        fp += same ? 0 : 1;
      }
    }
    double precision = (double) tp / (tp + fp);
    double recall = (double) tp / truePairs;
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf(
        "FEBRL4: %d candidate pairs, blocking recall %.4f, %d oversize blocks; precision %.4f recall %.4f F1 %.4f (%d ms)%n",
        run.candidatePairs(),
        (double) blockedTrue / truePairs,
        run.blocks().oversizeBlocks(),
        precision,
        recall,
        f1,
        (System.nanoTime() - start) / 1_000_000);
    assertThat(f1).isGreaterThanOrEqualTo(0.97);
  }

  /** rec-1070-org and rec-1070-dup-0 are the same person. */
  private static String entity(String key) {
    String id = key.substring(key.indexOf(':') + 1);
    return id.substring(0, id.indexOf('-', 4));
  }

  private static List<PersonRecord> read(String source, Path file) throws IOException {
    List<PersonRecord> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      PersonRecord.Builder b =
          PersonRecord.builder(new RecordKey(source, SourceKind.CSV, f[0], "0".repeat(64)));
      String given = f[1].isEmpty() ? null : f[1];
      String family = f[2].isEmpty() ? null : f[2];
      String full = String.join(" ", nonEmpty(f[1], f[2]));
      if (!full.isEmpty()) {
        b.name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null));
      }
      String street = String.join(" ", nonEmpty(f[3], f[4], f[5]));
      if (!street.isEmpty() || !f[6].isEmpty() || !f[7].isEmpty()) {
        b.address(
            new Address(
                street, street, f[6].isEmpty() ? null : f[6], f[7].isEmpty() ? null : f[7], "AU"));
      }
      date(f[9], b);
      if (!f[10].isEmpty()) {
        b.identifier(new Identifier(IdentifierType.NATIONAL_ID, "AU", f[10], f[10]));
      }
      out.add(b.build());
    }
    return out;
  }

  private static void date(String yyyymmdd, PersonRecord.Builder b) {
    if (yyyymmdd.length() != 8) {
      return;
    }
    try {
      int y = Integer.parseInt(yyyymmdd.substring(0, 4));
      int m = Integer.parseInt(yyyymmdd.substring(4, 6));
      int d = Integer.parseInt(yyyymmdd.substring(6, 8));
      b.birthDate(PartialDate.of(y, m, d));
    } catch (IllegalArgumentException e) {
      // FEBRL corrupts some dates into impossible ones; like a connector, leave them out.
    }
  }

  private static List<String> nonEmpty(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
