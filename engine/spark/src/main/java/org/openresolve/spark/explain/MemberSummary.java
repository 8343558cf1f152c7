package org.openresolve.spark.explain;

import java.util.List;
import org.apache.spark.sql.Row;

/** What an analyst needs to recognise a record in an explanation. */
public record MemberSummary(
    String record,
    List<String> names,
    List<String> birthDates,
    String subjectCategory,
    String handlingCode) {
  public MemberSummary {
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
  }

  /** From a row of {@code records/}. */
  static MemberSummary of(Row r) {
    List<String> names =
        r.<Row>getList(r.fieldIndex("names")).stream()
            .map(n -> n.getString(n.fieldIndex("as_written")))
            .toList();
    List<String> dates =
        r.<Row>getList(r.fieldIndex("birth_dates")).stream()
            .map(d -> d.getString(d.fieldIndex("iso")))
            .toList();
    return new MemberSummary(
        r.getString(r.fieldIndex("source")) + ":" + r.getString(r.fieldIndex("record_id")),
        names,
        dates,
        r.getString(r.fieldIndex("subject_category")),
        r.getString(r.fieldIndex("handling_code")));
  }
}
