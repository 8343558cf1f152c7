/** Blocking: the keys that decide which record pairs are compared at all. */
package org.openresolve.core.blocking;
