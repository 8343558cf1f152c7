/**
 * Comparisons: records reduced once to {@link org.openresolve.core.compare.MatchView}, pairs
 * compared level by level into a {@link org.openresolve.core.compare.ComparisonVector}.
 */
package org.openresolve.core.compare;
