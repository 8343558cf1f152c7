package org.openresolve.spark.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The one adapter that runs a step of the core pipeline over a partition: rows are read into the
 * step's input type, the step turns the partition's inputs into outputs (lazily, so a partition is
 * never held at once), and the outputs are written as rows of a given schema. Every decision is the
 * step's; this class only moves values between rows and Java.
 */
final class OverPartitions<I, O> implements MapPartitionsFunction<Row, Row> {
  /** Reads one row. */
  interface Reader<I> extends Serializable {
    I read(Row row);
  }

  /** A core step over one partition's inputs. */
  interface Step<I, O> extends Serializable {
    Iterator<O> run(Iterator<I> inputs);
  }

  /** Writes one output as a row. */
  interface Writer<O> extends Serializable {
    Row write(O output);
  }

  private final Reader<I> reader;
  private final Step<I, O> step;
  private final Writer<O> writer;

  private OverPartitions(Reader<I> reader, Step<I, O> step, Writer<O> writer) {
    this.reader = requireNonNull(reader, "reader is null");
    this.step = requireNonNull(step, "step is null");
    this.writer = requireNonNull(writer, "writer is null");
  }

  /** The rows of {@code schema} the step makes of {@code rows}, partition by partition. */
  static <I, O> Dataset<Row> run(
      Dataset<Row> rows, Reader<I> reader, Step<I, O> step, Writer<O> writer, StructType schema) {
    return rows.mapPartitions(new OverPartitions<>(reader, step, writer), Encoders.row(schema));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return mapped(step.run(mapped(rows, reader::read)), writer::write);
  }

  /** Each element of {@code in} mapped, lazily. */
  static <A, B> Iterator<B> mapped(Iterator<A> in, java.util.function.Function<A, B> map) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return map.apply(in.next());
      }
    };
  }
}
