package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * How a run is carried out, never what it decides (the {@code execution:} section): the same input
 * gives the same tables whichever way it runs.
 *
 * @param inMemoryMaxRecords an input of at most this many records (after erasure) is matched in
 *     memory on the driver instead of by Spark jobs: on a small input the jobs' planning and
 *     scheduling cost more than the matching. May be absent: every input is matched by Spark jobs
 * @param readOnDriverMaxBytes local input files of at most this many bytes in all are read by the
 *     connectors on the driver instead of by a Spark job per source, whose planning and code
 *     generation cost more than reading a small input. May be absent: every input is read by Spark
 *     jobs
 */
public record ExecutionSettings(Long inMemoryMaxRecords, Long readOnDriverMaxBytes)
    implements Serializable {
  /** No {@code execution:} section: every input is read and matched by Spark jobs. */
  public static final ExecutionSettings NONE = new ExecutionSettings(null, null);

  public ExecutionSettings {
    if (inMemoryMaxRecords != null && inMemoryMaxRecords < 0) {
      throw new IllegalArgumentException(
          "in_memory_max_records must not be negative, got " + inMemoryMaxRecords);
    }
    if (readOnDriverMaxBytes != null && readOnDriverMaxBytes < 0) {
      throw new IllegalArgumentException(
          "read_on_driver_max_bytes must not be negative, got " + readOnDriverMaxBytes);
    }
  }

  /** Whether local input files of {@code bytes} bytes in all are read on the driver. */
  public boolean readOnDriver(long bytes) {
    return readOnDriverMaxBytes != null && bytes <= readOnDriverMaxBytes;
  }

  /** Whether an input of {@code records} records is matched in memory. */
  public boolean inMemory(long records) {
    return inMemoryMaxRecords != null && records <= inMemoryMaxRecords;
  }
}
