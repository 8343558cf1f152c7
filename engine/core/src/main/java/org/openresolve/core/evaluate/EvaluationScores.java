package org.openresolve.core.evaluate;

/**
 * How a clustering compares with the truth.
 *
 * @param records records evaluated (present in both the output and the truth)
 * @param truePairs record pairs the truth puts in one entity
 * @param predictedPairs record pairs the output puts in one entity
 * @param correctPairs pairs in both
 * @param pairwise precision, recall and F1 over record pairs
 * @param bcubed B-cubed precision, recall and F1 (per record, averaged)
 */
public record EvaluationScores(
    long records,
    long truePairs,
    long predictedPairs,
    long correctPairs,
    Prf pairwise,
    Prf bcubed) {}
