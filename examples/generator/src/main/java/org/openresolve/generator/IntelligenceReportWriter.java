package org.openresolve.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code intelligence_reports.jsonl} (kind {@code intelligence-reports}). Subject records
 * wait in a small queue and are grouped into reports of one to four subjects who are different
 * people; as the queue follows the order people are made in, co-subjects are often relatives or
 * associates of the same household, the hard negatives a report puts side by side.
 */
final class IntelligenceReportWriter implements Closeable {
  private static final int QUEUE = 16;
  private static final LocalDate REPORTS_FROM = LocalDate.of(2016, 1, 1);
  private static final WeightedList<Integer> SIZES =
      new WeightedList<>(List.of(1, 2, 3, 4), List.of(35.0, 35.0, 20.0, 10.0));
  private static final WeightedList<String> CATEGORIES =
      new WeightedList<>(
          List.of("SUSPECT", "CONTACT", "VICTIM", "WITNESS", "CONVICTED", "OTHER"),
          List.of(45.0, 30.0, 7.0, 6.0, 4.0, 8.0));
  private static final WeightedList<String> HANDLING =
      new WeightedList<>(
          List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"), List.of(50.0, 38.0, 12.0));
  private static final WeightedList<String> RELIABILITY =
      new WeightedList<>(
          List.of("A", "B", "C", "D", "E", "F"), List.of(5.0, 30.0, 35.0, 15.0, 5.0, 10.0));
  private static final WeightedList<String> CREDIBILITY =
      new WeightedList<>(
          List.of("1", "2", "3", "4", "5", "6"), List.of(8.0, 32.0, 32.0, 14.0, 4.0, 10.0));

  private record Subject(
      String entity, ObjectNode node, String summaryName, String city, BadValue badValue) {}

  private record Report(
      ObjectNode node, List<Subject> subjects, int year, BadValue reportBadValue) {}

  private final ObjectMapper mapper;
  private final JsonLines json;
  private final OutputFile out;
  private final TruthWriter truth;
  private final RecordCorruptor corruptor;
  private final SourceTexts texts;
  private final Dice dice;
  private final FaultSchedule<RowFault> faults;
  private final FaultSchedule<BadValue> values;
  private final ShuffleWindow<Report> window;
  private final Deque<Subject> pending = new ArrayDeque<>();
  private final RecentIds recent = new RecentIds();
  private long sequence;

  IntelligenceReportWriter(
      Path path,
      TruthWriter truth,
      RecordCorruptor corruptor,
      SourceTexts texts,
      ObjectMapper mapper,
      double badRate,
      Dice dice)
      throws IOException {
    this.mapper = mapper;
    this.json = new JsonLines(mapper);
    this.out = new OutputFile(path);
    this.truth = truth;
    this.corruptor = corruptor;
    this.texts = texts;
    this.dice = dice;
    this.faults =
        new FaultSchedule<>(
            List.of(
                RowFault.BROKEN_JSON,
                RowFault.NOT_AN_OBJECT,
                RowFault.EMPTY_ID,
                RowFault.DUPLICATE_ID,
                RowFault.SUBJECT_WITHOUT_REF),
            List.of(),
            badRate,
            5,
            11,
            dice);
    this.values =
        new FaultSchedule<>(
            List.of(
                BadValue.IMPOSSIBLE_DATE,
                BadValue.MALFORMED_DATE,
                BadValue.UNKNOWN_SEX,
                BadValue.UNKNOWN_CATEGORY,
                BadValue.UNPARSEABLE_PHONE,
                BadValue.INVALID_EMAIL,
                BadValue.UNKNOWN_COUNTRY,
                BadValue.MALFORMED_IDENTIFIER,
                BadValue.UNKNOWN_IDENTIFIER_TYPE,
                BadValue.UNKNOWN_GRADING,
                BadValue.MALFORMED_TIMESTAMP),
            List.of(),
            badRate,
            3,
            7,
            dice);
    this.window = new ShuffleWindow<>(128, dice, this::emit);
  }

  void add(Person person) throws IOException {
    PersonView v = corruptor.view(person, Source.INTELLIGENCE_REPORTS);
    JsonOut fields = new JsonOut(dice);
    ObjectNode s = mapper.createObjectNode();
    s.putNull("ref");
    s.put("name", v.name().full());
    String original = v.name().original();
    boolean showOriginal =
        person.culture().nonLatinScript()
            ? dice.chance(0.7)
            : !Diacritics.isAscii(original) && dice.chance(0.15);
    fields.text(s, "name_original", showOriginal ? original : null);
    fields.texts(s, "aliases", v.aliases());
    fields.text(s, "date_of_birth", v.dateOfBirth());
    fields.text(s, "sex", v.sex());
    fields.texts(s, "nationality", v.nationalities());
    if (v.identifiers().isEmpty()) {
      fields.missingList(s, "identifiers");
    } else {
      ArrayNode ids = s.putArray("identifiers");
      for (RenderedIdentifier id : v.identifiers()) {
        ObjectNode o = ids.addObject().put("type", id.type());
        if (id.issuer().isEmpty() && dice.chance(0.5)) {
          o.putNull("issuer");
        } else {
          o.put("issuer", id.issuer());
        }
        o.put("value", id.value());
      }
    }
    fields.texts(s, "phones", v.phones());
    fields.texts(s, "emails", v.emails());
    fields.texts(s, "addresses", v.addresses());
    if (v.usernames().isEmpty()) {
      fields.missingList(s, "usernames");
    } else {
      ArrayNode names = s.putArray("usernames");
      v.usernames()
          .forEach(h -> names.addObject().put("platform", h.platform()).put("handle", h.handle()));
    }
    fields.text(s, "category", dice.chance(0.05) ? null : CATEGORIES.pick(dice));
    BadValue bad = values.next();
    if (bad != null && !isReportLevel(bad)) {
      apply(bad, s, person);
    }
    String family = v.name().family().isEmpty() ? v.name().full() : v.name().family();
    pending.addLast(
        new Subject(
            person.entityId(),
            s,
            family.toUpperCase(Locale.ROOT),
            person.addresses().get(0).city().names().canonical(),
            bad));
    if (pending.size() >= QUEUE) {
      assemble();
    }
  }

  SourceFileCounts counts() {
    return out.counts();
  }

  @Override
  public void close() throws IOException {
    while (!pending.isEmpty()) {
      assemble();
    }
    window.drain();
    out.close();
  }

  private void assemble() throws IOException {
    int size = SIZES.pick(dice);
    List<Subject> chosen = new ArrayList<>(List.of(pending.pollFirst()));
    for (Iterator<Subject> it = pending.iterator(); it.hasNext() && chosen.size() < size; ) {
      Subject candidate = it.next();
      if (chosen.stream().noneMatch(c -> c.entity().equals(candidate.entity()))) {
        chosen.add(candidate);
        it.remove();
      }
    }
    JsonOut fields = new JsonOut(dice);
    ObjectNode report = mapper.createObjectNode();
    report.putNull("report_id");
    report.put("originator", dice.pick(texts.originators()));
    String reportedAt = corruptor.dates().timestamp(REPORTS_FROM);
    report.put("reported_at", reportedAt);
    fields.text(report, "source_reliability", dice.chance(0.12) ? null : RELIABILITY.pick(dice));
    fields.text(
        report, "information_credibility", dice.chance(0.12) ? null : CREDIBILITY.pick(dice));
    fields.text(report, "handling_code", dice.chance(0.04) ? null : HANDLING.pick(dice));
    report.put("summary", summary(chosen));
    ArrayNode subjects = report.putArray("subjects");
    BadValue reportBad = null;
    for (Subject s : chosen) {
      subjects.add(s.node());
      if (isReportLevel(s.badValue())) {
        if (reportBad != null) {
          // One report-level bad value per report; a second one would hide the first.
          values.lost(s.badValue());
          continue;
        }
        reportBad = s.badValue();
        String field =
            reportBad == BadValue.MALFORMED_TIMESTAMP
                ? "reported_at"
                : dice.chance(0.5) ? "source_reliability" : "information_credibility";
        report.put(field, reportBad.text(dice, REPORTS_FROM, ""));
      }
    }
    window.add(new Report(report, chosen, Integer.parseInt(reportedAt.substring(0, 4)), reportBad));
  }

  private String summary(List<Subject> subjects) {
    String summary = dice.pick(texts.summaries(subjects.size()));
    for (int i = 0; i < subjects.size(); i++) {
      summary =
          summary.replace(
              "{S" + (i + 1) + "}", subjects.get(i).summaryName() + " (S" + (i + 1) + ")");
    }
    String offence = dice.pick(texts.offences()).toLowerCase(Locale.ROOT);
    return summary.replace("{city}", subjects.get(0).city()).replace("{offence}", offence);
  }

  private void apply(BadValue bad, ObjectNode s, Person person) {
    String text =
        bad.text(
            dice,
            person.birthDate(),
            OnlineFactory.ascii(person.name().family().get(0).romanised()));
    switch (bad) {
      case IMPOSSIBLE_DATE, MALFORMED_DATE -> s.put("date_of_birth", text);
      case UNKNOWN_SEX -> s.put("sex", text);
      case UNKNOWN_CATEGORY -> s.put("category", text);
      case UNPARSEABLE_PHONE -> JsonOut.array(s, "phones").add(text);
      case INVALID_EMAIL -> JsonOut.array(s, "emails").add(text);
      case UNKNOWN_COUNTRY -> JsonOut.array(s, "nationality").add(text);
      case MALFORMED_IDENTIFIER ->
          JsonOut.array(s, "identifiers")
              .addObject()
              .put("type", "PASSPORT")
              .put("issuer", person.origin().alpha2())
              .put("value", "");
      case UNKNOWN_IDENTIFIER_TYPE ->
          JsonOut.array(s, "identifiers")
              .addObject()
              .put("type", text)
              .put("issuer", person.origin().alpha2())
              .put("value", dice.pattern("#########"));
      default -> throw new IllegalStateException("not a subject bad value: " + bad);
    }
  }

  private void emit(Report report) throws IOException {
    sequence++;
    String id = "IR-" + report.year() + "-" + Long.toString(1_000_000 + sequence).substring(1);
    ObjectNode node = report.node();
    List<Subject> subjects = report.subjects();
    for (int i = 0; i < subjects.size(); i++) {
      subjects.get(i).node().put("ref", "S" + (i + 1));
    }
    RowFault fault = faults.next();
    // Bad values belong in readable records: the fault spares their subjects, or moves on.
    List<Integer> clean = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      if (subjects.get(i).badValue() == null) {
        clean.add(i);
      }
    }
    boolean spare =
        fault == RowFault.SUBJECT_WITHOUT_REF ? clean.isEmpty() : clean.size() < subjects.size();
    if (fault != null && spare) {
      faults.lost(fault);
      fault = null;
    }
    if (fault == RowFault.DUPLICATE_ID && recent.isEmpty()) {
      fault = RowFault.EMPTY_ID;
    }
    int withoutRef = -1;
    if (fault == RowFault.SUBJECT_WITHOUT_REF) {
      withoutRef = dice.pick(clean);
      ObjectNode bad = subjects.get(withoutRef).node();
      switch (dice.below(3)) {
        case 0 -> bad.put("ref", "");
        case 1 -> bad.putNull("ref");
        default -> bad.remove("ref");
      }
    }
    if (fault == null
        || fault == RowFault.SUBJECT_WITHOUT_REF
        || fault == RowFault.BROKEN_JSON
        || fault == RowFault.NOT_AN_OBJECT) {
      node.put("report_id", id);
    } else if (fault == RowFault.DUPLICATE_ID) {
      node.put("report_id", recent.pick(dice));
    } else {
      switch (dice.below(3)) {
        case 0 -> node.put("report_id", "");
        case 1 -> node.putNull("report_id");
        default -> node.remove("report_id");
      }
    }
    byte[] line = json.line(node);
    if (fault == RowFault.BROKEN_JSON) {
      line = JsonLines.truncated(line, dice);
    } else if (fault == RowFault.NOT_AN_OBJECT) {
      line = JsonLines.wrappedInArray(line);
    }
    out.row(line);
    boolean readable = fault == null || fault == RowFault.SUBJECT_WITHOUT_REF;
    if (fault != null) {
      out.countBadRow();
      faults.delivered(fault);
    }
    if (readable) {
      recent.add(id);
    }
    if (report.reportBadValue() != null) {
      out.countBadValue();
      values.delivered(report.reportBadValue());
    }
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      boolean record = readable && i != withoutRef;
      if (record) {
        truth.record(Source.INTELLIGENCE_REPORTS, id + "/S" + (i + 1), s.entity());
        out.countRecords(1);
      }
      BadValue bad = s.badValue();
      if (bad != null && !isReportLevel(bad)) {
        out.countBadValue();
        values.delivered(bad);
      }
    }
  }

  private static boolean isReportLevel(BadValue bad) {
    return bad == BadValue.UNKNOWN_GRADING || bad == BadValue.MALFORMED_TIMESTAMP;
  }
}
