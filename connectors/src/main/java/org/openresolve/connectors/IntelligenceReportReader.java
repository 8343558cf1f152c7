package org.openresolve.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.Grading;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.SourceMetadata;

/**
 * Intelligence reports (kind {@code intelligence-reports}): one report per line, each subject one
 * person record with id {@code REPORT_ID/REF}. A report that cannot be read, has no id, repeats an
 * earlier report's id or has no subjects is quarantined whole; a subject without a usable ref is
 * quarantined on its own and the report's other subjects are kept.
 */
final class IntelligenceReportReader extends JsonLinesSourceReader {
  private static final Pattern NO_SEPARATOR = Pattern.compile("\\|");
  private final RowGuard reportIds;

  IntelligenceReportReader(ConnectorSettings settings, InputStream in) {
    super(settings, in);
    this.reportIds = new RowGuard(settings);
  }

  /**
   * A line holds a report of several subjects, each a record of its own: no one record id names it.
   */
  @Override
  String idField() {
    return null;
  }

  @Override
  RowResult read(JsonNode report, long line, String raw) {
    String reportId = JsonFields.member(report, "report_id");
    QuarantinedRow bad = reportIds.claimId(reportId, "report_id", line, raw);
    if (bad != null) {
      // A report id is not a record id: the whole report is quarantined without one.
      return guard.quarantined(line, bad.reason(), bad.detail(), raw);
    }
    JsonNode subjects = report.get("subjects");
    if (subjects == null || subjects.isNull() || (subjects.isArray() && subjects.isEmpty())) {
      return guard.quarantined(
          line, QuarantineReason.NO_SUBJECTS, "report '" + reportId + "' has no subjects", raw);
    }
    if (!subjects.isArray()) {
      return guard.quarantined(
          line,
          QuarantineReason.NOT_AN_OBJECT,
          "'subjects' of report '"
              + reportId
              + "' should be a list, found "
              + subjects.getNodeType().name().toLowerCase(Locale.ROOT),
          raw);
    }
    String sha = guard.sha256(raw);
    List<PersonRecord> records = new ArrayList<>();
    List<FieldIssue> issues = new ArrayList<>();
    List<QuarantinedRow> parts = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      JsonNode subject = subjects.get(i);
      String field = "subjects[" + i + "]";
      if (!subject.isObject()) {
        parts.add(
            guard.quarantine(
                line,
                QuarantineReason.NOT_AN_OBJECT,
                field + " of report '" + reportId + "' is not an object",
                subject.toString()));
        continue;
      }
      String ref = JsonFields.member(subject, "ref");
      String id = ref == null ? null : reportId + "/" + ref;
      QuarantinedRow badSubject = guard.claimId(id, field + ".ref", line, subject.toString());
      if (badSubject != null) {
        parts.add(badSubject);
        continue;
      }
      RecordAssembler a = new RecordAssembler(settings, normalisers, guard.key(id, sha), line);
      readSubject(report, subject, field + ".", a);
      PersonRecord record = a.builder().build();
      if (RecordAssembler.describesAPerson(record)) {
        records.add(record);
        issues.addAll(a.issues());
      } else {
        parts.add(
            guard.quarantine(
                line,
                QuarantineReason.EMPTY_RECORD,
                "subject '" + id + "' has no name, date, identifier or contact",
                subject.toString(),
                id));
      }
    }
    return new RowResult.Accepted(line, records, issues, parts);
  }

  private static void readSubject(JsonNode report, JsonNode subject, String p, RecordAssembler a) {
    JsonFields s = new JsonFields(subject, a, NO_SEPARATOR);
    a.fullName(NameType.PRIMARY, p + "name", s.text("name"));
    a.fullName(NameType.ORIGINAL_SCRIPT, p + "name_original", s.text("name_original"));
    indexed(p + "aliases", s.list("aliases"), (f, v) -> a.fullName(NameType.ALIAS, f, v));
    a.birthDate(p + "date_of_birth", s.text("date_of_birth"));
    a.sex(p + "sex", s.text("sex"));
    indexed(p + "nationality", s.list("nationality"), a::nationality);
    a.placeOfBirth(s.text("place_of_birth"));
    List<JsonNode> ids = s.objects("identifiers");
    for (int i = 0; i < ids.size(); i++) {
      JsonNode id = ids.get(i);
      String value = JsonFields.member(id, "value");
      a.identifier(
          p + "identifiers[" + i + "]",
          JsonFields.member(id, "type"),
          JsonFields.member(id, "issuer"),
          value,
          id.toString());
    }
    indexed(p + "phones", s.list("phones"), a::phone);
    indexed(p + "emails", s.list("emails"), a::email);
    indexed(p + "addresses", s.list("addresses"), (f, v) -> a.address(f, v, null, null, null));
    List<JsonNode> users = s.objects("usernames");
    for (int i = 0; i < users.size(); i++) {
      a.account(
          p + "usernames[" + i + "]",
          JsonFields.member(users.get(i), "platform"),
          JsonFields.member(users.get(i), "handle"));
    }
    List<JsonNode> wallets = s.objects("crypto_wallets");
    for (int i = 0; i < wallets.size(); i++) {
      a.wallet(
          p + "crypto_wallets[" + i + "]",
          JsonFields.member(wallets.get(i), "chain"),
          JsonFields.member(wallets.get(i), "address"));
    }
    JsonFields r = new JsonFields(report, a, NO_SEPARATOR);
    Grading grading =
        a.admiraltyGrading(r.text("source_reliability"), r.text("information_credibility"));
    a.builder()
        .metadata(
            new SourceMetadata(
                r.text("originator"),
                a.timestamp("reported_at", r.text("reported_at")),
                null,
                a.category(p + "category", s.text("category")),
                grading,
                r.text("handling_code"),
                null));
  }

  private static void indexed(
      String field, List<String> values, java.util.function.BiConsumer<String, String> action) {
    for (int i = 0; i < values.size(); i++) {
      action.accept(field + "[" + i + "]", values.get(i));
    }
  }
}
