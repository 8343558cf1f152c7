package org.openresolve.spark.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.openresolve.model.PersonRecord;
import org.openresolve.spark.testing.SampleRecords;

class PersonRecordRowsTest {
  @Test
  void fullyPopulatedRecordSurvivesTheRoundTrip() {
    PersonRecord record = SampleRecords.fullyPopulated();

    assertThat(PersonRecordRows.fromRow(PersonRecordRows.toRow(record))).isEqualTo(record);
  }

  @Test
  void minimalRecordSurvivesTheRoundTrip() {
    PersonRecord record = SampleRecords.minimal();

    assertThat(PersonRecordRows.fromRow(PersonRecordRows.toRow(record))).isEqualTo(record);
  }

  @Test
  void enumsAreWrittenByCodeOrNameNeverByOrdinal() {
    Row row = PersonRecordRows.toRow(SampleRecords.fullyPopulated());

    assertThat(value(row, Columns.SOURCE_KIND)).isEqualTo("criminal-records");
    assertThat(value(row, Columns.SEX)).isEqualTo("M");
    assertThat(value(row, Columns.SUBJECT_CATEGORY)).isEqualTo("SUSPECT");
    assertThat(value(row, Columns.WEB_NETWORK)).isEqualTo("DARK");
    assertThat(row.<Row>getList(PersonRecordRows.SCHEMA.fieldIndex(Columns.NAMES)))
        .extracting(name -> name.getString(0))
        .containsExactly("PRIMARY", "ORIGINAL_SCRIPT", "ALIAS");
  }

  @Test
  void birthDatesCarryTheirIsoFormAtTheirPrecision() {
    Row row = PersonRecordRows.toRow(SampleRecords.fullyPopulated());

    assertThat(row.<Row>getList(PersonRecordRows.SCHEMA.fieldIndex(Columns.BIRTH_DATES)))
        .extracting(
            date ->
                date.getString(PersonPartRows.BIRTH_DATE.fieldIndex(Columns.BirthDateFields.ISO)))
        .containsExactly("1984-07-19", "1984-07", "1985");
  }

  @Test
  void minimalRecordHasEmptyListsNotNulls() {
    Row row = PersonRecordRows.toRow(SampleRecords.minimal());

    assertThat(row.getList(PersonRecordRows.SCHEMA.fieldIndex(Columns.PHONES))).isEmpty();
    assertThat(value(row, Columns.SEX)).isEqualTo("U");
    assertThat(value(row, Columns.SUBJECT_CATEGORY)).isEqualTo("UNDETERMINED");
    assertThat(value(row, Columns.GRADING_SYSTEM)).isNull();
  }

  @Test
  void timestampsAreReadFromInstantsAsSparkGivesThemWithTheJava8Api() {
    PersonRecord record = SampleRecords.fullyPopulated();
    Row row = PersonRecordRows.toRow(record);
    Timestamp collected = (Timestamp) value(row, Columns.COLLECTED_AT);

    Row withInstant = replace(row, Columns.COLLECTED_AT, collected.toInstant());

    assertThat(PersonRecordRows.fromRow(withInstant)).isEqualTo(record);
  }

  @Test
  void listsAreReadFromJavaListsAsWellAsScalaSequences() {
    PersonRecord record = SampleRecords.fullyPopulated();
    Row row = PersonRecordRows.toRow(record);

    Row withJavaList = replace(row, Columns.URLS, List.of("https://forum.example/u/sasha_iv"));

    assertThat(PersonRecordRows.fromRow(withJavaList)).isEqualTo(record);
  }

  @Test
  void unknownSexCodeIsRefusedWithTheValueQuoted() {
    Row row = replace(PersonRecordRows.toRow(SampleRecords.minimal()), Columns.SEX, "Q");

    assertThatThrownBy(() -> PersonRecordRows.fromRow(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sex: unknown value 'Q'");
  }

  @Test
  void unknownSourceKindIsRefusedWithTheValueQuoted() {
    Row row =
        replace(PersonRecordRows.toRow(SampleRecords.minimal()), Columns.SOURCE_KIND, "OPEN_WEB");

    assertThatThrownBy(() -> PersonRecordRows.fromRow(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source_kind: unknown value 'OPEN_WEB'");
  }

  @Test
  void nullListIsRefused() {
    Row row = replace(PersonRecordRows.toRow(SampleRecords.minimal()), Columns.PHONES, null);

    assertThatThrownBy(() -> PersonRecordRows.fromRow(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phones is null");
  }

  @Test
  void nullInsideAListElementIsRefusedWithItsPath() {
    Row row = PersonRecordRows.toRow(SampleRecords.fullyPopulated());
    List<Row> names = row.getList(PersonRecordRows.SCHEMA.fieldIndex(Columns.NAMES));
    Row aliasWithoutLatin =
        replace(names.get(2), PersonPartRows.NAME.fieldIndex(Columns.NameFields.LATIN), null);

    Row broken =
        replace(row, Columns.NAMES, List.of(names.get(0), names.get(1), aliasWithoutLatin));

    assertThatThrownBy(() -> PersonRecordRows.fromRow(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("names[2].latin is null");
  }

  @Test
  void valueOfTheWrongTypeIsRefusedWithTheValueQuoted() {
    Row row = replace(PersonRecordRows.toRow(SampleRecords.minimal()), Columns.RECORD_ID, 17L);

    assertThatThrownBy(() -> PersonRecordRows.fromRow(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record_id: expected a String, found java.lang.Long '17'");
  }

  @Test
  void gradeWithoutGradingSystemIsRefused() {
    Row row =
        replace(
            PersonRecordRows.toRow(SampleRecords.fullyPopulated()), Columns.GRADING_SYSTEM, null);

    assertThatThrownBy(() -> PersonRecordRows.fromRow(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "grading_system is null but source_reliability is 'B' and information_credibility"
                + " is '2'");
  }

  @Test
  void rowOfAnotherTableIsRefused() {
    Row quarantined = QuarantineRows.toRow(SampleRecords.quarantined());

    assertThatThrownBy(() -> PersonRecordRows.fromRow(quarantined))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row has 8 fields, expected 25");
  }

  @Test
  void columnsAreInTheDocumentedOrder() {
    assertThat(PersonRecordRows.SCHEMA.fieldNames())
        .containsExactly(
            "source",
            "source_kind",
            "record_id",
            "row_sha256",
            "names",
            "birth_dates",
            "sex",
            "nationalities",
            "place_of_birth",
            "identifiers",
            "addresses",
            "phones",
            "emails",
            "accounts",
            "wallets",
            "urls",
            "originator",
            "collected_at",
            "updated_at",
            "subject_category",
            "grading_system",
            "source_reliability",
            "information_credibility",
            "handling_code",
            "web_network");
  }

  @Test
  void columnsTheModelNeverLeavesNullAreNotNullable() {
    assertThat(PersonRecordRows.SCHEMA.fields())
        .filteredOn(field -> !field.nullable())
        .extracting(StructField::name)
        .containsExactly(
            "source",
            "source_kind",
            "record_id",
            "row_sha256",
            "names",
            "birth_dates",
            "sex",
            "nationalities",
            "identifiers",
            "addresses",
            "phones",
            "emails",
            "accounts",
            "wallets",
            "urls",
            "subject_category");
  }

  @Test
  void listColumnsHoldNoNullElements() {
    assertThat(PersonRecordRows.SCHEMA.fields())
        .filteredOn(field -> field.dataType() instanceof ArrayType)
        .allSatisfy(field -> assertThat(((ArrayType) field.dataType()).containsNull()).isFalse());
  }

  private static Object value(Row row, String column) {
    return row.get(PersonRecordRows.SCHEMA.fieldIndex(column));
  }

  private static Row replace(Row row, String column, Object value) {
    return replace(row, PersonRecordRows.SCHEMA.fieldIndex(column), value);
  }

  private static Row replace(Row row, int index, Object value) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[index] = value;
    return RowFactory.create(values);
  }
}
