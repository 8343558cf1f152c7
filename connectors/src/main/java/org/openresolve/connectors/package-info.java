/**
 * Connectors: one reader per source kind, turning each raw row into accepted person records or a
 * quarantined row with its reason ({@link org.openresolve.connectors.RowResult}). Connectors never
 * throw on bad data: unreadable rows are quarantined, bad values inside readable rows become field
 * issues. Plain Java; Spark jobs call them per file.
 *
 * <p>{@code criminal-records} is the generic CSV reader with a built-in mapping of the contract's
 * columns; {@code csv} and {@code jsonl} read any export through a user's mapping file ({@link
 * org.openresolve.connectors.mapping.SourceMapping}).
 */
package org.openresolve.connectors;
