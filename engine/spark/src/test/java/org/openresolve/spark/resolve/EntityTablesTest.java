package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.spark.testing.SampleRecords.person;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.rules.HandlingCodes;
import org.openresolve.model.PartialDate;
import org.openresolve.model.Phone;
import org.openresolve.model.SubjectCategory;
import org.openresolve.spark.schema.PersonRecordRows;
import org.openresolve.spark.testing.LocalSpark;

class EntityTablesTest {
  private static final HandlingCodes CODES = new HandlingCodes(List.of("OFFICIAL", "SECRET"));
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(EntityTablesTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void aVictimKeepsItsCategoryWhenMergedWithASuspect(@TempDir Path out) {
    Dataset<Row> records =
        spark.createDataFrame(
            List.of(
                PersonRecordRows.toRow(
                    person("crim", "V1", "anna", "petrova", SubjectCategory.VICTIM, "OFFICIAL")
                        .birthDate(PartialDate.of(1990, 2, 3))
                        .build()),
                PersonRecordRows.toRow(
                    person("intel", "S1", "anna", "petrova", SubjectCategory.SUSPECT, "secret")
                        .phone(new Phone("+441110000001", "01110 000001"))
                        .build()),
                PersonRecordRows.toRow(
                    person("crim", "W1", "ivan", "sokolov", SubjectCategory.WITNESS, null)
                        .build())),
            PersonRecordRows.SCHEMA);
    StructType m =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("record_id", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType);
    Dataset<Row> membership =
        spark.createDataFrame(
            List.of(
                RowFactory.create("crim", "V1", "E-1"),
                RowFactory.create("intel", "S1", "E-1"),
                RowFactory.create("crim", "W1", "E-2")),
            m);

    EntityTables.write(membership, records, CODES, out);

    List<Row> entities =
        spark
            .read()
            .parquet(out.resolve("entities").toString())
            .orderBy("entity_id")
            .collectAsList();
    Row merged = entities.get(0);
    assertThat(merged.<Row>getList(merged.fieldIndex("members")))
        .extracting(r -> r.getString(1) + "=" + r.getString(2))
        .containsExactly("V1=VICTIM", "S1=SUSPECT");
    assertThat(merged.<Row>getList(merged.fieldIndex("subject_categories")))
        .extracting(r -> r.getString(0) + "=" + r.getList(1))
        .containsExactly("SUSPECT=[intel:S1]", "VICTIM=[crim:V1]");
    assertThat(merged.getList(merged.fieldIndex("review_flags")))
        .containsExactly(EntityTables.VICTIM_OR_WITNESS_WITH_SUSPECT);
    assertThat(merged.getString(merged.fieldIndex("handling_code"))).isEqualTo("SECRET");
    assertThat(merged.getLong(merged.fieldIndex("member_count"))).isEqualTo(2);
    Row alone = entities.get(1);
    assertThat(alone.getList(alone.fieldIndex("review_flags"))).isEmpty();
    assertThat(alone.isNullAt(alone.fieldIndex("handling_code"))).isTrue();

    // Every value of the profile is a statement with its record.
    List<String> statements =
        spark
            .read()
            .parquet(out.resolve("statements").toString())
            .filter("entity_id = 'E-1'")
            .selectExpr(
                "concat(attribute, '|', coalesce(value_normalised, ''), '|', source, ':', record_id)")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(statements)
        .contains(
            "name|anna petrova|crim:V1",
            "name|anna petrova|intel:S1",
            "birth_date|1990-02-03|crim:V1",
            "phone|+441110000001|intel:S1",
            "subject_category|VICTIM|crim:V1",
            "handling_code|SECRET|intel:S1");
    assertThat(merged.getList(merged.fieldIndex("names"))).containsExactly("anna petrova");
    assertThat(merged.getString(merged.fieldIndex("display_name"))).isEqualTo("anna petrova");
    assertThat(merged.getString(merged.fieldIndex("display_birth_date"))).isEqualTo("1990-02-03");
    assertThat(alone.isNullAt(alone.fieldIndex("display_birth_date"))).isTrue();
  }

  @Test
  void anEntityLargerThanTheLimitIsFlaggedNotSplit(@TempDir Path out) {
    Dataset<Row> records =
        spark.createDataFrame(
            List.of(
                PersonRecordRows.toRow(
                    person("crim", "A1", "anna", "petrova", SubjectCategory.SUSPECT, null).build()),
                PersonRecordRows.toRow(
                    person("crim", "A2", "anna", "petrova", SubjectCategory.SUSPECT, null).build()),
                PersonRecordRows.toRow(
                    person("crim", "A3", "anna", "petrova", SubjectCategory.SUSPECT, null).build()),
                PersonRecordRows.toRow(
                    person("crim", "B1", "ivan", "sokolov", SubjectCategory.SUSPECT, null).build()),
                PersonRecordRows.toRow(
                    person("crim", "B2", "ivan", "sokolov", SubjectCategory.SUSPECT, null)
                        .build())),
            PersonRecordRows.SCHEMA);
    StructType m =
        new StructType()
            .add("source", DataTypes.StringType)
            .add("record_id", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType);
    Dataset<Row> membership =
        spark.createDataFrame(
            List.of(
                RowFactory.create("crim", "A1", "E-1"),
                RowFactory.create("crim", "A2", "E-1"),
                RowFactory.create("crim", "A3", "E-1"),
                RowFactory.create("crim", "B1", "E-2"),
                RowFactory.create("crim", "B2", "E-2")),
            m);

    EntityTables.write(membership, records, CODES, 2, out);

    List<Row> entities =
        spark
            .read()
            .parquet(out.resolve("entities").toString())
            .orderBy("entity_id")
            .collectAsList();
    assertThat(entities.get(0).getLong(entities.get(0).fieldIndex("member_count"))).isEqualTo(3);
    assertThat(entities.get(0).getList(entities.get(0).fieldIndex("review_flags")))
        .containsExactly(EntityTables.OVERSIZE_ENTITY);
    assertThat(entities.get(1).getList(entities.get(1).fieldIndex("review_flags"))).isEmpty();
  }
}
