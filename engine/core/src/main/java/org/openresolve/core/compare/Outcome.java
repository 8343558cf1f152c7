package org.openresolve.core.compare;

/**
 * One comparison's result for a pair: the level and the two values that decided it (null when
 * missing).
 */
record Outcome(int level, String left, String right) {}
