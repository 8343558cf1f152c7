/**
 * Files analysts write for a run: judgements (SAME / DIFFERENT between two records) and erasure
 * lists. Strict, unlike source connectors: a bad line stops the run with file and line.
 */
package org.openresolve.connectors.analyst;
