package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.openresolve.core.codec.MatchViewCodec;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.pipeline.RandomPairs;
import scala.Tuple2;

/**
 * Compares sampled rows with every later row of a broadcast sample of views, and yields each level
 * pattern with how often it occurred in the task. The sample is decoded once per task.
 */
final class CompareSampledPairs
    implements PairFlatMapFunction<Iterator<Integer>, LevelPattern, Long> {
  private final PairComparer comparer;
  private final Broadcast<List<byte[]>> sample;

  CompareSampledPairs(PairComparer comparer, Broadcast<List<byte[]>> sample) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.sample = requireNonNull(sample, "sample is null");
  }

  @Override
  public Iterator<Tuple2<LevelPattern, Long>> call(Iterator<Integer> rows) {
    List<MatchView> views = new ArrayList<>();
    for (byte[] v : sample.value()) {
      views.add(MatchViewCodec.decode(v));
    }
    Map<LevelPattern, Long> counts = new HashMap<>();
    while (rows.hasNext()) {
      int i = rows.next();
      RandomPairs.compareRow(views, i, comparer, counts);
    }
    List<Tuple2<LevelPattern, Long>> out = new ArrayList<>(counts.size());
    counts.forEach((p, c) -> out.add(new Tuple2<>(p, c)));
    return out.iterator();
  }
}
