package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.openresolve.core.entity.EntityProfile;
import org.openresolve.core.rules.HandlingCodes;
import org.openresolve.spark.schema.Columns;

/**
 * Writes {@code statements/} and then {@code entities/} from the same statements, so that every
 * value of an entity is one of its statements. Resolution and export both write them here.
 */
public final class EntityTables {
  public static final String STATEMENTS = "statements";
  public static final String ENTITIES = "entities";

  /**
   * An entity joins a victim or witness with a suspect or convicted person: an analyst should look.
   */
  public static final String VICTIM_OR_WITNESS_WITH_SUSPECT =
      EntityProfile.VICTIM_OR_WITNESS_WITH_SUSPECT;

  /** More members than the rule set's {@code guards.max_entity_size}. */
  public static final String OVERSIZE_ENTITY = EntityProfile.OVERSIZE_ENTITY;

  static final StructType SCHEMA =
      new StructType()
          .add(ResolveJob.ENTITY_ID, StringType)
          .add("member_count", LongType)
          .add("sources", DataTypes.createArrayType(StringType))
          .add(
              "members",
              DataTypes.createArrayType(
                  new StructType()
                      .add(Columns.SOURCE, StringType)
                      .add(Columns.RECORD_ID, StringType)
                      .add(Columns.SUBJECT_CATEGORY, StringType)))
          .add("names", DataTypes.createArrayType(StringType))
          .add("birth_dates", DataTypes.createArrayType(StringType))
          .add("identifiers", DataTypes.createArrayType(StringType))
          .add(
              "subject_categories",
              DataTypes.createArrayType(
                  new StructType()
                      .add("category", StringType)
                      .add("records", DataTypes.createArrayType(StringType))))
          .add(Columns.HANDLING_CODE, StringType)
          .add("review_flags", DataTypes.createArrayType(StringType))
          .add("display_name", StringType)
          .add("display_birth_date", StringType);

  private EntityTables() {}

  /**
   * @param membership {@code (source, record_id, entity_id)}
   * @param records rows of the {@code records/} table
   */
  public static void write(
      Dataset<Row> membership, Dataset<Row> records, HandlingCodes codes, Path out) {
    write(membership, records, codes, Integer.MAX_VALUE, out);
  }

  /**
   * @param maxEntitySize entities with more members are flagged {@link #OVERSIZE_ENTITY}
   */
  public static void write(
      Dataset<Row> membership,
      Dataset<Row> records,
      HandlingCodes codes,
      int maxEntitySize,
      Path out) {
    // Hash-partitioned by entity rather than globally sorted: a range sort samples its input first,
    // which would run the join and the statements twice. Each file is still sorted; no reader
    // relies
    // on an order across files. An entity's statements are then one run of one partition, which
    // the entities are aggregated from without another shuffle.
    Dataset<Row> statements =
        StatementsTable.of(membership, records)
            .repartition(col(ResolveJob.ENTITY_ID))
            .sortWithinPartitions(
                ResolveJob.ENTITY_ID,
                Columns.SOURCE,
                Columns.RECORD_ID,
                StatementsTable.ATTRIBUTE,
                StatementsTable.AS_WRITTEN)
            .persist(StorageLevel.MEMORY_AND_DISK());
    statements.write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(STATEMENTS).toString());
    statements
        .mapPartitions(new EntityRows(codes, maxEntitySize), Encoders.row(SCHEMA))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(out.resolve(ENTITIES).toString());
    statements.unpersist();
  }

  /**
   * Statements sorted by entity within each partition, every entity in one partition, to one {@link
   * EntityProfile} row per entity.
   */
  static final class EntityRows implements MapPartitionsFunction<Row, Row> {
    private final HandlingCodes codes;
    private final int maxEntitySize;

    EntityRows(HandlingCodes codes, int maxEntitySize) {
      this.codes = requireNonNull(codes, "codes is null");
      this.maxEntitySize = maxEntitySize;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> statements) {
      return new Advancing<>() {
        private Row lookahead = statements.hasNext() ? statements.next() : null;

        @Override
        protected Row advance() {
          if (lookahead == null) {
            return null;
          }
          String entity = lookahead.getString(0);
          EntityProfile.Builder profile = new EntityProfile.Builder();
          while (lookahead != null && lookahead.getString(0).equals(entity)) {
            profile.add(
                lookahead.getString(1),
                lookahead.getString(2),
                lookahead.getString(3),
                lookahead.getString(4),
                lookahead.getString(5));
            lookahead = statements.hasNext() ? statements.next() : null;
          }
          return row(entity, profile.build(codes, maxEntitySize));
        }
      };
    }

    private static Row row(String entity, EntityProfile p) {
      return RowFactory.create(
          entity,
          (long) p.memberCount(),
          seq(p.sources()),
          seq(
              p.members().stream()
                  .map(m -> RowFactory.create(m.source(), m.recordId(), m.subjectCategory()))
                  .toList()),
          seq(p.names()),
          seq(p.birthDates()),
          seq(p.identifiers()),
          seq(
              p.subjectCategories().stream()
                  .map(c -> RowFactory.create(c.category(), seq(c.records())))
                  .toList()),
          p.handlingCode(),
          seq(p.reviewFlags()),
          p.displayName(),
          p.displayBirthDate());
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
      return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
  }
}
