/** Release copies of a run for an audience cleared for a handling code. */
package org.openresolve.spark.export;
