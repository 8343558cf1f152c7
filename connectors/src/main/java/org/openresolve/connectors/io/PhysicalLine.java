package org.openresolve.connectors.io;

/**
 * One line of a file as read from disk.
 *
 * @param number 1-based line number
 * @param text the decoded line without its terminator (cut at the size limit when oversize)
 * @param byteLength the full length in bytes, terminator excluded, even when {@code text} is cut
 * @param oversize whether the line was longer than the reader's limit
 * @param badEncoding whether the bytes were not valid UTF-8 (then {@code text} holds replacement
 *     characters where the bad bytes were)
 */
public record PhysicalLine(
    long number, String text, long byteLength, boolean oversize, boolean badEncoding) {}
