package org.openresolve.core.scoring;

import org.openresolve.core.compare.MatchView;
import org.openresolve.model.Email;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/** Small hand-built records for scoring tests. */
final class MatchViews {
  private static int next;

  private MatchViews() {}

  /** A record of a person with a given and family name (folded), a birth year and an e-mail. */
  static MatchView withEmail(String given, String family, int born, String email) {
    String g = given.toLowerCase(java.util.Locale.ROOT);
    String f = family.toLowerCase(java.util.Locale.ROOT);
    PersonRecord r =
        PersonRecord.builder(new RecordKey("s", SourceKind.CSV, "r" + next++, "0".repeat(64)))
            .name(
                new PersonName(
                    NameType.PRIMARY, given + " " + family, "Latn", g + " " + f, g, f, null, null))
            .birthDate(PartialDate.of(born, 6, 15))
            .email(new Email(email, email))
            .build();
    return MatchView.of(r);
  }
}
