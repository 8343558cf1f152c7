package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import scala.Tuple2;

/**
 * Compares every two records of one block. A pair that shares several keys (under one rule or
 * several) is emitted only from the block of the smallest key they share, so it is compared and
 * counted once whatever the number of rules that reach it; it carries the ids of all those rules.
 * Keys of skipped (oversize) blocks do not count as shared, so their pairs are not lost when
 * another rule reaches them.
 */
final class CompareBlock implements FlatMapFunction<Tuple2<String, Iterable<Row>>, Row> {
  private final PairComparer comparer;
  private final Broadcast<Set<String>> oversize;

  CompareBlock(PairComparer comparer, Broadcast<Set<String>> oversize) {
    this.comparer = requireNonNull(comparer, "comparer is null");
    this.oversize = requireNonNull(oversize, "oversize is null");
  }

  @Override
  public Iterator<Row> call(Tuple2<String, Iterable<Row>> block) {
    List<Row> members = new ArrayList<>();
    block._2().forEach(members::add);
    members.sort((a, b) -> Long.compare(a.getLong(0), b.getLong(0)));
    List<MatchView> views = new ArrayList<>(members.size());
    List<Set<String>> keys = new ArrayList<>(members.size());
    for (Row m : members) {
      views.add(Serialized.fromBytes((byte[]) m.get(3), MatchView.class));
      keys.add(new TreeSet<>(m.getList(4)));
    }
    String key = block._1();
    Set<String> skipped = oversize.value();
    // Lazy: a block of n records yields up to n(n-1)/2 pairs, never all held at once.
    return new Iterator<>() {
      private int i;
      private int j;
      private Row next = advance();

      private Row advance() {
        while (i < members.size()) {
          j++;
          if (j >= members.size()) {
            i++;
            j = i;
            continue;
          }
          List<String> shared = new ArrayList<>();
          for (String k : keys.get(i)) {
            if (keys.get(j).contains(k) && !skipped.contains(k)) {
              shared.add(k);
            }
          }
          if (!shared.isEmpty() && shared.get(0).equals(key)) {
            return PairRows.of(members.get(i), members.get(j), ruleIds(shared), comparer.compare(views.get(i), views.get(j)));
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static List<String> ruleIds(List<String> keys) {
    TreeSet<String> ids = new TreeSet<>();
    for (String k : keys) {
      int colon = k.indexOf(':');
      ids.add(colon < 0 ? k : k.substring(0, colon));
    }
    return List.copyOf(ids);
  }
}
