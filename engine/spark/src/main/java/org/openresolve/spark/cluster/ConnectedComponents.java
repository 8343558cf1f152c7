package org.openresolve.spark.cluster;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Connected components of an undirected graph on Spark, by alternating large-star and small-star
 * rounds (Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC 2014). Each round is
 * a few shuffles and the number of rounds grows with the logarithm of the component size, not its
 * diameter, so a long chain of links converges in few rounds. Nothing is collected to the driver
 * but one fingerprint per round.
 *
 * <p>A graph of at most {@link #ONE_TASK_EDGES} edges, whose components one task can find in a
 * fraction of a second and a few tens of megabytes, is gathered into one task on an executor (never
 * the driver) and solved by union-find; the rounds above cost several shuffles each, which on a
 * small graph is nearly all of the time. Both strategies give the same components.
 *
 * <p>Input: edges {@code (src long, dst long)}. Output: {@code (node long, component long)} for
 * every node on an edge, where the component is the smallest node id in it, so the result does not
 * depend on partitioning or edge order.
 */
public final class ConnectedComponents {
  public static final String SRC = "src";
  public static final String DST = "dst";
  public static final String NODE = "node";
  public static final String COMPONENT = "component";
  private static final int MAX_ROUNDS = 200;

  /** About 40 bytes per edge in the one task: 160 MB at the limit. */
  public static final long ONE_TASK_EDGES = 4_000_000;

  private static final StructType OUTPUT =
      new StructType()
          .add(NODE, DataTypes.LongType, false)
          .add(COMPONENT, DataTypes.LongType, false);

  private ConnectedComponents() {}

  /** The components and the number of rounds it took. */
  public record Result(Dataset<Row> components, int rounds) {}

  /**
   * The components, by union-find in one task when there are at most {@code oneTaskEdges} edges.
   */
  public static Result of(Dataset<Row> edges, long edgeCount, long oneTaskEdges) {
    if (edgeCount <= oneTaskEdges) {
      Dataset<Row> components =
          edges
              .select(col(SRC), col(DST))
              .repartition(1)
              .mapPartitions(
                  (MapPartitionsFunction<Row, Row>) ConnectedComponents::inOneTask,
                  Encoders.row(OUTPUT));
      return new Result(components, 1);
    }
    return of(edges);
  }

  private static Iterator<Row> inOneTask(Iterator<Row> edges) {
    long[] src = new long[1024];
    long[] dst = new long[1024];
    int n = 0;
    while (edges.hasNext()) {
      Row e = edges.next();
      if (e.getLong(0) == e.getLong(1)) {
        continue; // as in the rounds: a loop puts no node on an edge
      }
      if (n == src.length) {
        src = Arrays.copyOf(src, n * 2);
        dst = Arrays.copyOf(dst, n * 2);
      }
      src[n] = e.getLong(0);
      dst[n] = e.getLong(1);
      n++;
    }
    UnionFind uf = new UnionFind(src, dst, n);
    List<Row> out = new ArrayList<>(uf.size());
    for (int i = 0; i < uf.size(); i++) {
      out.add(RowFactory.create(uf.node(i), uf.component(i)));
    }
    return out.iterator();
  }

  /** The distributed path: large-star and small-star rounds until nothing changes. */
  public static Result of(Dataset<Row> edges) {
    // Work on (u, v) with v <= u: v is the candidate parent of u.
    Dataset<Row> e =
        edges
            .select(greatest(col(SRC), col(DST)).as("u"), least(col(SRC), col(DST)).as("v"))
            .filter(col("u").notEqual(col("v")))
            .distinct()
            .localCheckpoint();
    long before = fingerprint(e);
    int rounds = 0;
    while (true) {
      rounds++;
      if (rounds > MAX_ROUNDS) {
        throw new IllegalStateException(
            "connected components did not converge in " + MAX_ROUNDS + " rounds");
      }
      Dataset<Row> next = smallStar(largeStar(e)).localCheckpoint();
      long after = fingerprint(next);
      e = next;
      if (after == before) {
        break;
      }
      before = after;
    }
    // Converged: every edge links a node to its component's smallest node.
    Dataset<Row> roots = e.select(col("v").as(NODE), col("v").as(COMPONENT));
    Dataset<Row> members = e.select(col("u").as(NODE), col("v").as(COMPONENT));
    Dataset<Row> components = members.union(roots).groupBy(NODE).agg(min(COMPONENT).as(COMPONENT));
    return new Result(components, rounds);
  }

  /** Every node's larger neighbours are re-linked to the smallest node of its neighbourhood. */
  private static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both =
        e.select(col("u").as("a"), col("v").as("b"))
            .union(e.select(col("v").as("a"), col("u").as("b")));
    Dataset<Row> m = both.groupBy("a").agg(least(min("b"), col("a")).as("m"));
    return both.join(m, "a")
        .filter(col("b").gt(col("a")))
        .select(col("b").as("u"), col("m").as("v"))
        .filter(col("u").notEqual(col("v")))
        .distinct();
  }

  /** Every node and its smaller neighbours are re-linked to the smallest of them. */
  private static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> m = e.groupBy("u").agg(least(min("v"), col("u")).as("m"));
    Dataset<Row> joined = e.join(m, "u");
    Dataset<Row> neighbours = joined.select(col("v").as("u"), col("m").as("v"));
    Dataset<Row> self = m.select(col("u"), col("m").as("v"));
    return neighbours.union(self).filter(col("u").notEqual(col("v"))).distinct();
  }

  private static long fingerprint(Dataset<Row> e) {
    // XOR of edge hashes: order-independent and, unlike a sum, cannot overflow.
    Row r = e.agg(bit_xor(xxhash64(col("u"), col("v"))).as("h"), count(lit(1)).as("n")).first();
    long h = r.isNullAt(0) ? 0 : r.getLong(0);
    return h * 31 + r.getLong(1);
  }
}
