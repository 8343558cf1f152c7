package org.openresolve.generator;

/**
 * What was written to one source file.
 *
 * @param rows lines after the header, readable or not
 * @param records person records a connector can read; exactly the file's rows in the truth file
 * @param badRows deliberately unreadable rows (for intelligence reports also subjects without a
 *     ref, which a connector quarantines on their own)
 * @param badValues deliberately bad values inside readable records
 */
public record SourceFileCounts(long rows, long records, long badRows, long badValues) {}
