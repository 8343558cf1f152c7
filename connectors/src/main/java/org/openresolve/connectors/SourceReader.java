package org.openresolve.connectors;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Reads one source file row by row. Bad data never throws: it becomes a {@link
 * RowResult.Quarantined} or a field issue. Only a failure to read the bytes at all (a disk error)
 * surfaces, as an {@link UncheckedIOException}.
 */
public interface SourceReader extends Iterator<RowResult>, Closeable {}
