package org.openresolve.spark.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.SourceInput;

/**
 * Two small sources, a criminal-records CSV and an open-web JSON Lines file, that a run resolves in
 * seconds.
 */
final class SmallSources {
  static final String HEADER =
      "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,event_date,handling_code,updated_at\n";

  private SmallSources() {}

  /** Writes {@code crim.csv} and {@code web.jsonl} into {@code dir}. */
  static List<Path> write(Path dir) throws IOException {
    Path crim =
        Files.writeString(
            dir.resolve("crim.csv"),
            HEADER
                + "C1,MPS,Smith,John,,,1970-01-01,,M,GB,,,+44 7700 900001,john.smith@mail.example,SUSPECT,,,OFFICIAL,\n"
                + "C2,MPS,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,,VICTIM,,,OFFICIAL,\n"
                + "C3,GMP,Jones,Ann,,,1985-05-05,,F,GB,,,+44 7700 900002,ann.jones@mail.example,WITNESS,,,OFFICIAL,\n"
                + "C4,GMP,Brown,Li,,,1990,,M,CN,,,,,OTHER,,,OFFICIAL,\n");
    Path web =
        Files.writeString(
            dir.resolve("web.jsonl"),
            "{\"capture_id\": \"W1\", \"display_name\": \"John Smith\", \"date_of_birth\": \"1970-01-01\", \"emails\": [\"john.smith@mail.example\"], \"phones\": [\"+44 7700 900001\"]}\n");
    return List.of(crim, web);
  }

  static List<SourceInput> inputs(List<Path> files) {
    return List.of(
        new SourceInput("crim", SourceKind.CRIMINAL_RECORDS, files.get(0).toString(), null, null),
        new SourceInput("web", SourceKind.OPEN_WEB, files.get(1).toString(), null, null));
  }

  static ResolveOptions.Builder options(List<Path> files, Path rules, Path out) {
    return ResolveOptions.builder(inputs(files), rules, RuleSet.load(rules), out);
  }
}
