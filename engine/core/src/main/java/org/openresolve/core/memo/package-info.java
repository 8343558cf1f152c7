/**
 * Per-thread memory of pure functions' recent answers: names and name pairs repeat across records
 * and within blocks, so normalising and comparing them again costs a lookup, not the work.
 */
package org.openresolve.core.memo;
