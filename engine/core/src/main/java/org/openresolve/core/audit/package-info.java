/** The hash-chained audit log of runs, exports and erasures; it never holds personal data. */
package org.openresolve.core.audit;
