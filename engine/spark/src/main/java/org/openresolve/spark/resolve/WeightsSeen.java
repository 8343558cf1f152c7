package org.openresolve.spark.resolve;

import org.apache.spark.util.AccumulatorV2;
import org.openresolve.core.scoring.WeightHistogram;

/**
 * The match weights of the pairs scoring decides, gathered as it decides them: the histogram costs
 * no pass of its own over the candidate pairs, most of which scoring drops. Read once the action
 * that scores them has run; a task that runs again would count its pairs again, so the caller
 * compares the total with the number of candidate pairs.
 */
final class WeightsSeen extends AccumulatorV2<Double, WeightHistogram> {
  private WeightHistogram histogram = new WeightHistogram();

  @Override
  public boolean isZero() {
    return histogram.isEmpty();
  }

  @Override
  public AccumulatorV2<Double, WeightHistogram> copy() {
    WeightsSeen c = new WeightsSeen();
    c.histogram = new WeightHistogram().merge(histogram);
    return c;
  }

  @Override
  public void reset() {
    histogram = new WeightHistogram();
  }

  @Override
  public void add(Double weight) {
    histogram.add(weight);
  }

  @Override
  public void merge(AccumulatorV2<Double, WeightHistogram> other) {
    histogram.merge(other.value());
  }

  @Override
  public WeightHistogram value() {
    return histogram;
  }
}
