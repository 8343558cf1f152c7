package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * How a run is carried out, never what it decides (the {@code execution:} section): the same input
 * gives the same tables whichever way it runs.
 *
 * @param inMemoryMaxRecords an input of at most this many records (after erasure) is matched in
 *     memory on the driver instead of by Spark jobs: on a small input the jobs' planning and
 *     scheduling cost more than the matching. May be absent: every input is matched by Spark jobs
 */
public record ExecutionSettings(Long inMemoryMaxRecords) implements Serializable {
  /** No {@code execution:} section: every input is matched by Spark jobs. */
  public static final ExecutionSettings NONE = new ExecutionSettings(null);

  public ExecutionSettings {
    if (inMemoryMaxRecords != null && inMemoryMaxRecords < 0) {
      throw new IllegalArgumentException(
          "in_memory_max_records must not be negative, got " + inMemoryMaxRecords);
    }
  }

  /** Whether an input of {@code records} records is matched in memory. */
  public boolean inMemory(long records) {
    return inMemoryMaxRecords != null && records <= inMemoryMaxRecords;
  }
}
