package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.openresolve.spark.ingest.IngestOutcome.Kind;

/**
 * Reads every source with its connector, in parallel across files, and splits what the connectors
 * produced into the records, quarantine and field-issue tables. The inputs are parsed once; the
 * only things brought to the driver are counts and file hashes.
 */
public final class IngestJob {
  private final SparkSession spark;
  private final Instant readAt;
  private final int maxRowBytes;
  private final RecordDerivation derivation;

  public IngestJob(SparkSession spark, Instant readAt, int maxRowBytes) {
    this(spark, readAt, maxRowBytes, null);
  }

  /** @param derivation what to derive from each record while reading it ({@link IngestResult#derived}), or null */
  public IngestJob(SparkSession spark, Instant readAt, int maxRowBytes, RecordDerivation derivation) {
    this.spark = requireNonNull(spark, "spark is null");
    this.readAt = requireNonNull(readAt, "readAt is null");
    this.maxRowBytes = maxRowBytes;
    this.derivation = derivation;
  }

  public IngestResult run(List<SourceInput> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no sources to ingest");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> parsed = null;
    for (SourceInput source : sources) {
      JavaRDD<Row> rows =
          jsc.binaryFiles(source.path()).flatMap(new ReadSourceFile(source, readAt, maxRowBytes, derivation));
      Dataset<Row> df = spark.createDataFrame(rows, IngestOutcome.schema(derivation));
      parsed = parsed == null ? df : parsed.unionAll(df);
    }
    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK());
    List<SourceCounts> counts = count(sources, parsed);
    return new IngestResult(
        parsed
            .filter(col(IngestOutcome.KIND).equalTo(Kind.RECORD.name()))
            .select(IngestOutcome.RECORD + ".*"),
        parsed
            .filter(col(IngestOutcome.KIND).equalTo(Kind.QUARANTINED.name()))
            .select(IngestOutcome.QUARANTINE + ".*"),
        parsed
            .filter(col(IngestOutcome.KIND).equalTo(Kind.ISSUE.name()))
            .select(IngestOutcome.ISSUE + ".*"),
        counts,
        parsed,
        derivation == null
            ? null
            : parsed.filter(col(IngestOutcome.KIND).equalTo(Kind.RECORD.name())).select(IngestOutcome.DERIVED + ".*"));
  }

  private static List<SourceCounts> count(List<SourceInput> sources, Dataset<Row> parsed) {
    // One small aggregate of the persisted parse gives every count and, from the FILE rows
    // (one per input file, unique by their struct), the files' sizes and hashes.
    List<Row> tallies =
        parsed
            .groupBy(
                IngestOutcome.SOURCE,
                IngestOutcome.KIND,
                IngestOutcome.REASON,
                IngestOutcome.PART,
                IngestOutcome.FILE)
            .count()
            .collectAsList();
    List<SourceCounts> out = new ArrayList<>();
    for (SourceInput s : sources) {
      long accepted = 0;
      long records = 0;
      long issues = 0;
      long parts = 0;
      long quarantined = 0;
      Map<String, Long> byReason = new TreeMap<>();
      Map<String, Long> partsByReason = new TreeMap<>();
      Map<String, Long> issuesByReason = new TreeMap<>();
      List<SourceCounts.InputFile> inputs = new ArrayList<>();
      for (Row t : tallies) {
        if (!t.getString(0).equals(s.name())) {
          continue;
        }
        long n = t.getLong(5);
        switch (Kind.valueOf(t.getString(1))) {
          case ROW_ACCEPTED -> accepted += n;
          case RECORD -> records += n;
          case ISSUE -> {
            issues += n;
            issuesByReason.merge(t.getString(2), n, Long::sum);
          }
          case QUARANTINED -> {
            if (t.getBoolean(3)) {
              parts += n;
              partsByReason.merge(t.getString(2), n, Long::sum);
            } else {
              quarantined += n;
              byReason.merge(t.getString(2), n, Long::sum);
            }
          }
          case FILE -> {
            Row f = t.getStruct(4);
            inputs.add(new SourceCounts.InputFile(f.getString(0), f.getLong(1), f.getString(2)));
          }
        }
      }
      inputs.sort(Comparator.comparing(SourceCounts.InputFile::path));
      out.add(
          new SourceCounts(
              s.name(),
              s.kind().id(),
              inputs,
              accepted + quarantined,
              accepted,
              quarantined,
              byReason,
              records,
              parts,
              partsByReason,
              issues,
              issuesByReason));
    }
    return out;
  }
}
