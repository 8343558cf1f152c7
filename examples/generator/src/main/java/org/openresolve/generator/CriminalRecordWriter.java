package org.openresolve.generator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code criminal_records.csv} (kind {@code criminal-records}): one row per record, name as
 * parts, as a full name or both, the agency of the person's country of residence mostly, record ids
 * {@code AGENCY-0000001} in file order.
 */
final class CriminalRecordWriter implements Closeable {
  static final List<String> HEADER =
      List.of(
          "record_id",
          "agency",
          "family_name",
          "given_names",
          "full_name",
          "aliases",
          "date_of_birth",
          "place_of_birth",
          "sex",
          "nationality",
          "identifiers",
          "addresses",
          "phones",
          "emails",
          "subject_category",
          "offence",
          "event_date",
          "handling_code",
          "updated_at");
  private static final int ID = 0;
  private static final int FAMILY = 2;
  private static final int GIVEN = 3;
  private static final int FULL = 4;
  private static final int BIRTH = 6;
  private static final int SEX = 8;
  private static final int NATIONALITY = 9;
  private static final int IDENTIFIERS = 10;
  private static final int PHONES = 12;
  private static final int EMAILS = 13;
  private static final int CATEGORY = 14;
  private static final int OFFENCE = 15;
  private static final int EVENT = 16;
  private static final int UPDATED = 18;
  private static final LocalDate EXPORTS_FROM = LocalDate.of(2016, 1, 1);
  private static final WeightedList<String> CATEGORIES =
      new WeightedList<>(
          List.of("SUSPECT", "CONVICTED", "VICTIM", "WITNESS", "CONTACT", "OTHER"),
          List.of(40.0, 30.0, 10.0, 10.0, 5.0, 5.0));

  private record Row(String entity, String idPrefix, String[] cells, BadValue badValue) {}

  private final OutputFile out;
  private final TruthWriter truth;
  private final RecordCorruptor corruptor;
  private final SourceTexts texts;
  private final DifficultyProfile profile;
  private final Dice dice;
  private final FaultSchedule<RowFault> faults;
  private final FaultSchedule<BadValue> values;
  private final ShuffleWindow<Row> window;
  private final RecentIds recent = new RecentIds();
  private final Map<String, List<Agency>> agencies = new LinkedHashMap<>();
  private long sequence;

  CriminalRecordWriter(
      Path path,
      TruthWriter truth,
      RecordCorruptor corruptor,
      SourceTexts texts,
      DifficultyProfile profile,
      double badRate,
      Dice dice)
      throws IOException {
    this.out = new OutputFile(path);
    this.truth = truth;
    this.corruptor = corruptor;
    this.texts = texts;
    this.profile = profile;
    this.dice = dice;
    this.faults =
        new FaultSchedule<>(
            List.of(
                RowFault.EXTRA_COLUMN,
                RowFault.MISSING_COLUMN,
                RowFault.EMPTY_ID,
                RowFault.DUPLICATE_ID),
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
                BadValue.FUTURE_DATE,
                BadValue.UNKNOWN_SEX,
                BadValue.UNKNOWN_CATEGORY,
                BadValue.UNPARSEABLE_PHONE,
                BadValue.INVALID_EMAIL,
                BadValue.UNKNOWN_COUNTRY,
                BadValue.MALFORMED_IDENTIFIER,
                BadValue.UNKNOWN_IDENTIFIER_TYPE,
                BadValue.MALFORMED_TIMESTAMP),
            List.of(),
            badRate,
            3,
            7,
            dice);
    this.window = new ShuffleWindow<>(256, dice, this::emit);
    for (Agency agency : texts.agencies()) {
      agencies.computeIfAbsent(agency.country(), k -> new ArrayList<>()).add(agency);
    }
    out.header(CsvFormat.row(HEADER));
  }

  void add(Person person) throws IOException {
    PersonView v = corruptor.view(person, Source.CRIMINAL_RECORDS);
    Agency agency = agency(person.residence());
    String[] c = new String[HEADER.size()];
    Arrays.fill(c, "");
    c[1] = agency.name();
    names(c, v.name());
    c[5] = String.join("|", v.aliases());
    c[BIRTH] = orEmpty(v.dateOfBirth());
    c[7] = orEmpty(v.placeOfBirth());
    c[SEX] = orEmpty(v.sex());
    c[NATIONALITY] = String.join("|", v.nationalities());
    c[IDENTIFIERS] =
        String.join("|", v.identifiers().stream().map(RenderedIdentifier::joined).toList());
    c[11] = String.join("|", v.addresses());
    c[PHONES] = String.join("|", v.phones());
    c[EMAILS] = String.join("|", v.emails());
    c[CATEGORY] = dice.chance(0.03) ? "" : CATEGORIES.pick(dice);
    c[OFFENCE] = offence();
    c[EVENT] =
        dice.chance(profile.missingField())
            ? ""
            : corruptor.dates().event(person.birthDate().plusYears(14));
    c[17] = dice.chance(0.05) ? "" : dice.pick(agency.handlingCodes());
    c[UPDATED] = corruptor.dates().timestamp(EXPORTS_FROM);
    BadValue bad = values.next();
    if (bad != null) {
      apply(bad, c, person);
    }
    window.add(new Row(person.entityId(), agency.code(), c, bad));
  }

  SourceFileCounts counts() {
    return out.counts();
  }

  @Override
  public void close() throws IOException {
    window.drain();
    out.close();
  }

  private void names(String[] c, RenderedName name) {
    int form = dice.below(100);
    if (form < 75) {
      c[FAMILY] = name.family();
      // An unknown given name: the record holds the family name alone.
      c[GIVEN] = dice.chance(profile.missingField() / 10) ? "" : name.given();
    }
    if (form < 40 || form >= 75) {
      c[FULL] = name.full();
    }
  }

  private String offence() {
    String offence = dice.pick(texts.offences());
    if (dice.chance(0.02)) {
      // Multi-line notes test a reader's handling of line breaks inside quoted cells.
      return offence + "\nNote: \"co-accused\" dealt with separately";
    }
    return offence;
  }

  private Agency agency(Country residence) {
    List<Agency> local = agencies.get(residence.alpha2());
    return local != null && dice.chance(0.8) ? dice.pick(local) : dice.pick(agencies.get("*"));
  }

  private void apply(BadValue bad, String[] c, Person person) {
    String text =
        bad.text(
            dice,
            person.birthDate(),
            OnlineFactory.ascii(person.name().family().get(0).romanised()));
    switch (bad) {
      case IMPOSSIBLE_DATE -> c[dice.chance(0.7) ? BIRTH : EVENT] = text;
      case MALFORMED_DATE, FUTURE_DATE -> c[BIRTH] = text;
      case UNKNOWN_SEX -> c[SEX] = text;
      case UNKNOWN_CATEGORY -> c[CATEGORY] = text;
      case UNPARSEABLE_PHONE -> c[PHONES] = append(c[PHONES], text);
      case INVALID_EMAIL -> c[EMAILS] = append(c[EMAILS], text);
      case UNKNOWN_COUNTRY -> c[NATIONALITY] = append(c[NATIONALITY], text);
      case MALFORMED_IDENTIFIER -> c[IDENTIFIERS] = append(c[IDENTIFIERS], text);
      case UNKNOWN_IDENTIFIER_TYPE ->
          c[IDENTIFIERS] =
              append(
                  c[IDENTIFIERS],
                  text + ":" + person.origin().alpha2() + ":" + dice.pattern("#########"));
      case MALFORMED_TIMESTAMP -> c[UPDATED] = text;
      default -> throw new IllegalStateException("not a criminal-records bad value: " + bad);
    }
  }

  private void emit(Row row) throws IOException {
    sequence++;
    String id = row.idPrefix() + "-" + Long.toString(10_000_000 + sequence).substring(1);
    String[] c = row.cells();
    RowFault fault = faults.next();
    if (fault != null && row.badValue() != null) {
      // Bad values belong in readable rows; the fault moves on to a later row.
      faults.lost(fault);
      fault = null;
    }
    if (fault == RowFault.DUPLICATE_ID && recent.isEmpty()) {
      fault = RowFault.EMPTY_ID;
    }
    if (fault == null) {
      c[ID] = id;
      out.row(CsvFormat.row(c, -1));
      out.countRecords(1);
      truth.record(Source.CRIMINAL_RECORDS, id, row.entity());
      recent.add(id);
      if (row.badValue() != null) {
        out.countBadValue();
        values.delivered(row.badValue());
      }
      return;
    }
    out.countBadRow();
    faults.delivered(fault);
    switch (fault) {
      case EMPTY_ID -> {
        c[ID] = dice.chance(0.5) ? "" : " ";
        out.row(CsvFormat.row(c, -1));
      }
      case DUPLICATE_ID -> {
        c[ID] = recent.pick(dice);
        out.row(CsvFormat.row(c, -1));
      }
      case EXTRA_COLUMN -> {
        c[ID] = id;
        String first = c[OFFENCE].lines().findFirst().orElse("").replace("\"", "").replace(",", "");
        c[OFFENCE] = first + ", see custody record";
        out.row(CsvFormat.row(c, OFFENCE));
      }
      case MISSING_COLUMN -> {
        c[ID] = id;
        out.row(CsvFormat.row(Arrays.copyOf(c, c.length - 1), -1));
      }
      default -> throw new IllegalStateException("not a CSV row fault: " + fault);
    }
  }

  private static String append(String list, String value) {
    return list.isEmpty() ? value : list + "|" + value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
