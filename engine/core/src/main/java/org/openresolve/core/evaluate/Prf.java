package org.openresolve.core.evaluate;

/** Precision, recall and their harmonic mean. */
public record Prf(double precision, double recall, double f1) {
  public static Prf of(double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Prf(precision, recall, f1);
  }
}
