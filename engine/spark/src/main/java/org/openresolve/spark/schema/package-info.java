/**
 * The Spark SQL layout of the tables the engine writes ({@code records/}, {@code quarantine/},
 * {@code field_issues/}): one {@link org.apache.spark.sql.types.StructType} per table, the
 * conversions between the model's records and Spark {@link org.apache.spark.sql.Row}s, and every
 * column name in {@link org.openresolve.spark.schema.Columns}. Enums are stored by name or contract
 * code, never by ordinal, so the files stay readable by plain Parquet tools and by later versions
 * of the engine; {@code docs/schema.md} describes the same layout for analysts.
 */
package org.openresolve.spark.schema;
