package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.spark.testing.SampleRecords.person;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.SubjectCategory;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.SampleRecords;

class StatementsTableTest {
  @Test
  void aRecordStatesEachValueAsWrittenAndNormalised() throws Exception {
    assertThat(statementsOf(SampleRecords.fullyPopulated()))
        .containsExactly(
            "name|Dr. Aleksandr IVANOV Jr.|aleksandr ivanov",
            "name|Александр Иванов|aleksandr ivanov",
            "name|Sasha|sasha",
            "birth_date|1984-07-19|1984-07-19",
            "birth_date|1984-07|1984-07",
            "birth_date|1985|1985",
            "sex|M|M",
            "nationality|RU|RU",
            "nationality|GB|GB",
            "identifier|72 1234567|PASSPORT:RU:721234567",
            "identifier|pnc-01234x|POLICE_ID::PNC01234X",
            "address|12 High St, Leeds LS1 4AB|12 high st leeds ls1 4ab",
            "address|somewhere near the docks|somewhere near the docks",
            "phone|8 (916) 123-45-67|+79161234567",
            "phone|call after 6|null",
            "email|A.Ivanov@Example.org|a.ivanov@example.org",
            "email|ivanov at example|null",
            "account|@Sasha_Iv|telegram:sasha_iv",
            "wallet|bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh|BTC:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            "place_of_birth|Moscow|Moscow",
            "subject_category|SUSPECT|SUSPECT",
            "handling_code|OFFICIAL-SENSITIVE|OFFICIAL-SENSITIVE");
  }

  @Test
  void trimsOnlySpacesAsSqlDoesAndSkipsWhatSaysNothing() throws Exception {
    PersonRecord r =
        person("crim", "1", "anna", "petrova", SubjectCategory.WITNESS, " secret ")
            .placeOfBirth(" \tLeeds ")
            .build();
    assertThat(statementsOf(r))
        .containsExactly(
            "name|anna petrova|anna petrova",
            "place_of_birth| \tLeeds |\tLeeds",
            "subject_category|WITNESS|WITNESS",
            "handling_code| secret |SECRET");
    PersonRecord blank =
        person("crim", "2", "anna", "petrova", SubjectCategory.WITNESS, "   ").build();
    assertThat(statementsOf(blank)).noneMatch(s -> s.startsWith("handling_code"));
  }

  /** A column of the row, or for "list.field" that field of each element, as Spark selects it. */
  private static Object read(Row row, String path) {
    String[] parts = path.split("\\.");
    Object value = row.get(PersonRecordRows.SCHEMA.fieldIndex(parts[0]));
    if (parts.length == 1) {
      return value;
    }
    StructType element =
        (StructType) ((ArrayType) PersonRecordRows.SCHEMA.apply(parts[0]).dataType()).elementType();
    int field = element.fieldIndex(parts[1]);
    List<Object> out = new ArrayList<>();
    for (Row e : ((Row) row).<Row>getList(PersonRecordRows.SCHEMA.fieldIndex(parts[0]))) {
      out.add(e.get(field));
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
  }

  private static List<String> statementsOf(PersonRecord record) throws Exception {
    Row row = PersonRecordRows.toRow(record);
    Object[] input = new Object[StatementsTable.READ.length];
    for (int i = 0; i < input.length; i++) {
      input[i] =
          StatementsTable.READ[i].equals(ResolveJob.ENTITY_ID)
              ? "E-1"
              : read(row, StatementsTable.READ[i]);
    }
    List<String> out = new ArrayList<>();
    new StatementsTable.Statements()
        .call(RowFactory.create(input))
        .forEachRemaining(
            s -> {
              assertThat(s.getString(0)).isEqualTo("E-1");
              assertThat(s.getString(4) + ":" + s.getString(5))
                  .isEqualTo(record.key().source() + ":" + record.key().recordId());
              out.add(s.getString(1) + "|" + s.getString(2) + "|" + s.getString(3));
            });
    return out;
  }
}
