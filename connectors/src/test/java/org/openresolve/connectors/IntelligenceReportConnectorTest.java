package org.openresolve.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openresolve.connectors.ConnectorTestSupport.read;

import org.junit.jupiter.api.Test;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.FieldIssueReason;
import org.openresolve.model.Grading;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.SourceKind;
import org.openresolve.model.SubjectCategory;

class IntelligenceReportConnectorTest {
  static final String CONTRACT_EXAMPLE =
      "{\"report_id\": \"IR-2026-000123\", \"originator\": \"Regional Unit 4\", \"reported_at\": \"2026-03-02T10:15:00Z\","
          + " \"source_reliability\": \"B\", \"information_credibility\": \"2\", \"handling_code\": \"OFFICIAL-SENSITIVE\","
          + " \"summary\": \"free text of the report\", \"subjects\": [ {\"ref\": \"S1\", \"name\": \"Aleksandr Ivanov\","
          + " \"name_original\": \"Александр Иванов\", \"aliases\": [\"Sasha\"], \"date_of_birth\": \"1984\", \"sex\": \"M\","
          + " \"nationality\": [\"RU\"], \"identifiers\": [{\"type\": \"PASSPORT\", \"issuer\": \"RU\", \"value\": \"753912345\"}],"
          + " \"phones\": [\"+7 916 123-45-67\"], \"emails\": [], \"addresses\": [\"Riga, Latvia\"],"
          + " \"usernames\": [{\"platform\": \"telegram\", \"handle\": \"@sasha_iv\"}], \"category\": \"SUSPECT\"},"
          + " {\"ref\": \"S2\", \"name\": \"Olga Petrova\", \"category\": \"VICTIM\"} ]}\n";

  @Test
  void makesOneRecordPerSubjectWithTheReportsGradingAndCategoryPerSubject() {
    var o = read(SourceKind.INTELLIGENCE_REPORTS, CONTRACT_EXAMPLE);

    assertThat(o.records)
        .extracting(r -> r.key().recordId())
        .containsExactly("IR-2026-000123/S1", "IR-2026-000123/S2");
    PersonRecord s1 = o.record("IR-2026-000123/S1");
    assertThat(s1.names())
        .extracting(n -> n.type())
        .containsExactly(NameType.PRIMARY, NameType.ORIGINAL_SCRIPT, NameType.ALIAS);
    assertThat(s1.names().get(1).script()).isEqualTo("Cyrl");
    assertThat(s1.names().get(1).latin()).isEqualTo("aleksandr ivanov");
    assertThat(s1.birthDates()).extracting(d -> d.iso()).containsExactly("1984");
    assertThat(s1.accounts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.platform()).isEqualTo("telegram");
              assertThat(a.handle()).isEqualTo("sasha_iv");
            });
    assertThat(s1.metadata().grading()).isEqualTo(new Grading(Grading.ADMIRALTY, "B", "2"));
    assertThat(s1.metadata().originator()).isEqualTo("Regional Unit 4");
    assertThat(s1.metadata().collectedAt()).hasToString("2026-03-02T10:15:00Z");
    assertThat(s1.metadata().subjectCategory()).isEqualTo(SubjectCategory.SUSPECT);
    assertThat(o.record("IR-2026-000123/S2").metadata().subjectCategory())
        .isEqualTo(SubjectCategory.VICTIM);
    assertThat(o.issues).isEmpty();
  }

  @Test
  void quarantinesBrokenJsonAndReportsThatCannotBeRead() {
    var o =
        read(
            SourceKind.INTELLIGENCE_REPORTS,
            "{\"report_id\": \"IR-1\", \"subjects\": [{\"ref\": \"S1\", \"name\": \"A B\"}]}\n"
                + "{\"report_id\": \"IR-2\", \"subjects\": [\n"
                + "[1, 2]\n"
                + "{\"subjects\": [{\"ref\": \"S1\", \"name\": \"A B\"}]}\n"
                + "{\"report_id\": \"IR-1\", \"subjects\": [{\"ref\": \"S9\", \"name\": \"C D\"}]}\n"
                + "{\"report_id\": \"IR-3\", \"subjects\": []}\n"
                + "\n"
                + "{\"report_id\": \"IR-4\", \"subjects\": [{\"name\": \"No Ref\"}, {\"ref\": \"S2\", \"name\": \"E F\"}, {\"ref\": \"S2\", \"name\": \"G H\"}]}\n");

    assertThat(o.quarantined)
        .extracting(QuarantinedRow::line, QuarantinedRow::reason)
        .containsExactly(
            tuple(2L, QuarantineReason.MALFORMED_JSON),
            tuple(3L, QuarantineReason.NOT_AN_OBJECT),
            tuple(4L, QuarantineReason.MISSING_RECORD_ID),
            tuple(5L, QuarantineReason.DUPLICATE_RECORD_ID),
            tuple(6L, QuarantineReason.NO_SUBJECTS));
    assertThat(o.parts)
        .extracting(QuarantinedRow::line, QuarantinedRow::reason)
        .containsExactly(
            tuple(8L, QuarantineReason.MISSING_RECORD_ID),
            tuple(8L, QuarantineReason.DUPLICATE_RECORD_ID));
    assertThat(o.records).extracting(r -> r.key().recordId()).containsExactly("IR-1/S1", "IR-4/S2");
    assertThat(o.rows).isEqualTo(7).isEqualTo(o.accepted + o.quarantined.size());
  }

  @Test
  void reportsValuesOfTheWrongJsonTypeAndUnknownGradings() {
    var o =
        read(
            SourceKind.INTELLIGENCE_REPORTS,
            "{\"report_id\": \"IR-1\", \"source_reliability\": \"Z\", \"information_credibility\": \"9\","
                + " \"subjects\": [{\"ref\": \"S1\", \"name\": {\"first\": \"A\"}, \"aliases\": \"Al\", \"date_of_birth\": \"1980-01\","
                + " \"phones\": [{\"n\": 1}]}]}\n");

    PersonRecord r = o.record("IR-1/S1");
    assertThat(r.names()).extracting(n -> n.latin()).containsExactly("al");
    assertThat(r.metadata().grading()).isEqualTo(new Grading(Grading.ADMIRALTY, "Z", "9"));
    assertThat(o.issues)
        .extracting(FieldIssue::field, FieldIssue::reason)
        .containsExactlyInAnyOrder(
            tuple("name", FieldIssueReason.WRONG_JSON_TYPE),
            tuple("phones[0]", FieldIssueReason.WRONG_JSON_TYPE),
            tuple("source_reliability", FieldIssueReason.UNKNOWN_GRADING),
            tuple("information_credibility", FieldIssueReason.UNKNOWN_GRADING));
  }
}
