package org.openresolve.spark.ingest;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.openresolve.model.PersonRecord;

/**
 * What a job derives from each accepted record while it is still an object in the reading task
 * (resolution: its match view and blocking keys), kept beside the record in the one persisted parse
 * so that nothing has to read the written records back and rebuild them first.
 */
public interface RecordDerivation extends Serializable {
  /**
   * The schema of {@link #of}'s rows; it holds the record's {@code source} and {@code record_id}
   * ({@link org.openresolve.spark.schema.Columns}), by which erasure finds them.
   */
  StructType schema();

  Row of(PersonRecord record);
}
