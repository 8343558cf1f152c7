package org.openresolve.core.compare;

import org.openresolve.model.NameType;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/** Tiny record builders for comparison tests. */
final class Records {
  private Records() {}

  static PersonRecord.Builder record(String id) {
    return PersonRecord.builder(new RecordKey("s", SourceKind.CSV, id, "0".repeat(64)));
  }

  static PersonName name(String given, String family) {
    String full = given + " " + family;
    return new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null);
  }
}
