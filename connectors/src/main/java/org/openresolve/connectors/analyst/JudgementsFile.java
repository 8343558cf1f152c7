package org.openresolve.connectors.analyst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openresolve.connectors.io.CsvReader;
import org.openresolve.connectors.io.CsvRow;
import org.openresolve.connectors.io.LineReader;
import org.openresolve.core.normalise.Parsed;
import org.openresolve.core.normalise.PartialDates;
import org.openresolve.model.Judgement;

/**
 * Reads analysts' judgements: a CSV file with the header {@code
 * source_l,record_id_l,source_r,record_id_r,decision,author,time,reason}, decision SAME or
 * DIFFERENT, time ISO 8601. Unlike source data, a judgements file is written by the team that runs
 * the engine, so any bad row stops the run with file and line rather than being skipped: a lost
 * DIFFERENT could merge an innocent person into a suspect's file.
 */
public final class JudgementsFile {
  static final List<String> HEADER =
      List.of(
          "source_l",
          "record_id_l",
          "source_r",
          "record_id_r",
          "decision",
          "author",
          "time",
          "reason");

  private JudgementsFile() {}

  public static List<Judgement> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read judgements file " + file, e);
    }
  }

  public static List<Judgement> read(String name, InputStream in) {
    List<Judgement> out = new ArrayList<>();
    try (CsvReader csv = new CsvReader(new LineReader(in, 1 << 16), ',', 1 << 16)) {
      CsvRow header = csv.next();
      if (header == null
          || header.problem() != null
          || !header.cells().stream().map(String::strip).toList().equals(HEADER)) {
        throw new AnalystFileException(name, 1, "the header must be " + String.join(",", HEADER));
      }
      csv.expectColumns(HEADER.size());
      for (CsvRow row = csv.next(); row != null; row = csv.next()) {
        if (row.problem() == null && row.cells().size() == 1 && row.cells().get(0).isBlank()) {
          continue;
        }
        out.add(judgement(name, row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read judgements file " + name, e);
    }
    return out;
  }

  private static Judgement judgement(String name, CsvRow row) {
    if (row.problem() != null || row.cells().size() != HEADER.size()) {
      throw new AnalystFileException(
          name, row.line(), "expected " + HEADER.size() + " cells: " + String.join(",", HEADER));
    }
    List<String> c = row.cells().stream().map(String::strip).toList();
    for (int i = 0; i < 6; i++) {
      if (c.get(i).isEmpty()) {
        throw new AnalystFileException(name, row.line(), HEADER.get(i) + " is empty");
      }
    }
    Judgement.Verdict verdict;
    try {
      verdict = Judgement.Verdict.valueOf(c.get(4).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new AnalystFileException(
          name, row.line(), "decision '" + c.get(4) + "' is not SAME or DIFFERENT");
    }
    Parsed<java.time.Instant> at = PartialDates.parseTimestamp(c.get(6));
    if (!at.isOk()) {
      throw new AnalystFileException(
          name, row.line(), "time '" + c.get(6) + "' is not an ISO 8601 time");
    }
    try {
      return new Judgement(
          c.get(0) + ":" + c.get(1),
          c.get(2) + ":" + c.get(3),
          verdict,
          c.get(5),
          at.orNull(),
          c.get(7));
    } catch (IllegalArgumentException e) {
      throw new AnalystFileException(name, row.line(), e.getMessage());
    }
  }
}
