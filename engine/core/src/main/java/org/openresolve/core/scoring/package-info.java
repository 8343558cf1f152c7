/**
 * Unsupervised Fellegi-Sunter scoring: u from random pairs, m and the prior by
 * expectation-maximisation over aggregated level patterns, match weights per pair.
 */
package org.openresolve.core.scoring;
