/** Scoring a resolution against ground truth: pairwise and B-cubed precision, recall and F1. */
package org.openresolve.core.evaluate;
