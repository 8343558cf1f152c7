package org.openresolve.spark.ingest;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.openresolve.connectors.ConnectorSettings;
import org.openresolve.connectors.Connectors;
import org.openresolve.connectors.SourceReader;
import org.openresolve.core.config.UserInputException;
import org.openresolve.model.SourceKind;
import org.openresolve.spark.ingest.IngestOutcome.Kind;
import org.openresolve.spark.progress.Progress;
import org.openresolve.spark.schema.Columns;

/**
 * Reads every source with its connector, in parallel across files, and splits what the connectors
 * produced into the records, quarantine and field-issue tables. The files are listed first ({@link
 * SourceFiles}) and each is read by one task; every listed file must come back with its reader's
 * counts, and a file that cannot be read as a whole stops the run naming it. The inputs are parsed
 * once; the only things brought to the driver are counts and file hashes.
 */
public final class IngestJob {
  private final SparkSession spark;
  private final Instant readAt;
  private final int maxRowBytes;
  private final RecordDerivation derivation;
  private final LongPredicate readOnDriver;

  public IngestJob(SparkSession spark, Instant readAt, int maxRowBytes) {
    this(spark, readAt, maxRowBytes, null);
  }

  /**
   * @param derivation what to derive from each record while reading it ({@link
   *     IngestResult#derived}), or null
   */
  public IngestJob(
      SparkSession spark, Instant readAt, int maxRowBytes, RecordDerivation derivation) {
    this(spark, readAt, maxRowBytes, derivation, bytes -> false);
  }

  /**
   * @param readOnDriver whether input files of so many bytes in all, every one on a local disk, are
   *     read on the driver: the same connectors and rows ({@link ReadSourceFile}), without the
   *     Spark job per source whose planning costs more than reading a small input
   */
  public IngestJob(
      SparkSession spark,
      Instant readAt,
      int maxRowBytes,
      RecordDerivation derivation,
      LongPredicate readOnDriver) {
    this.spark = requireNonNull(spark, "spark is null");
    this.readAt = requireNonNull(readAt, "readAt is null");
    this.maxRowBytes = maxRowBytes;
    this.derivation = derivation;
    this.readOnDriver = requireNonNull(readOnDriver, "readOnDriver is null");
  }

  /**
   * What can be checked of the sources on local disks before Spark starts: every file listed, and
   * every CSV header read and checked against its mapping, so that a missing or misspelt column
   * stops the run in seconds, naming file, line and column. Sources on a cluster file system are
   * checked as they are read.
   */
  public static void checkBeforeReading(List<SourceInput> sources, Instant readAt) {
    Configuration local = new Configuration();
    for (SourceInput source : sources) {
      boolean csv = source.kind() == SourceKind.CRIMINAL_RECORDS || source.kind() == SourceKind.CSV;
      if (!SourceFiles.isLocal(source.path()) || !csv) {
        continue;
      }
      for (SourceFile file : SourceFiles.of(source, local)) {
        String path = ReadSourceFile.displayPath(file.uri());
        ConnectorSettings settings =
            new ConnectorSettings(
                source.name(),
                source.kind(),
                path,
                source.phoneRegion(),
                source.mapping(),
                ConnectorSettings.DEFAULT_MAX_ROW_BYTES,
                readAt);
        try (InputStream in =
                java.nio.file.Files.newInputStream(
                    java.nio.file.Path.of(java.net.URI.create(file.uri())));
            SourceReader reader = Connectors.open(settings, in)) {
          // Reading the first row is what checks the header; whether there is a row does not
          // matter.
          boolean unused = reader.hasNext();
          if (reader.fileProblem() != null) {
            throw new UserInputException(
                "source '" + source.name() + "': " + path + ": " + reader.fileProblem());
          }
        } catch (IOException e) {
          throw new UserInputException(
              "source '" + source.name() + "': " + path + " cannot be read: " + e.getMessage());
        }
      }
    }
  }

  public IngestResult run(List<SourceInput> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no sources to ingest");
    }
    Progress progress = Progress.of(spark);
    progress.start("reading " + sources.size() + (sources.size() == 1 ? " source" : " sources"));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop =
        jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    Map<String, List<SourceFile>> listed = new LinkedHashMap<>();
    for (SourceInput source : sources) {
      listed.put(source.name(), SourceFiles.of(source, jsc.hadoopConfiguration()));
    }
    Map<String, String> inferredRegions =
        PhoneRegions.infer(sources, listed, jsc.hadoopConfiguration(), readAt, maxRowBytes);
    List<SourceInput> withRegions = new ArrayList<>();
    for (SourceInput given : sources) {
      String inferred = inferredRegions.get(given.name());
      withRegions.add(
          inferred == null
              ? given
              : new SourceInput(
                  given.name(), given.kind(), given.path(), given.mapping(), inferred));
    }
    StructType schema = IngestOutcome.schema(derivation);
    long localBytes = localBytes(listed);
    boolean onDriver = localBytes >= 0 && readOnDriver.test(localBytes);
    Dataset<Row> parsed;
    List<Row> tallies;
    if (onDriver) {
      List<Row> rows = new ArrayList<>();
      for (SourceInput source : withRegions) {
        ReadSourceFile read = new ReadSourceFile(source, readAt, maxRowBytes, derivation, hadoop);
        for (SourceFile file : listed.get(source.name())) {
          read.call(file).forEachRemaining(rows::add);
        }
      }
      // Held by the driver already: a local relation, read by later queries without a job. The
      // rows are encoded by the schema's encoder, as the Spark job's are.
      parsed = spark.createDataset(rows, Encoders.row(schema));
      tallies = tally(rows, schema);
    } else {
      parsed = null;
      for (SourceInput source : withRegions) {
        List<SourceFile> files = listed.get(source.name());
        JavaRDD<Row> rows =
            jsc.parallelize(files, files.size())
                .flatMap(new ReadSourceFile(source, readAt, maxRowBytes, derivation, hadoop));
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        parsed = parsed == null ? df : parsed.unionAll(df);
      }
      parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK());
      tallies = null;
    }
    List<SourceCounts> counts;
    try {
      counts = count(sources, listed, tallies == null ? tally(parsed) : tallies, inferredRegions);
      // Each source's accounting as soon as it is known, not at the end of the run.
      for (SourceCounts c : counts) {
        progress.note(c.accounting());
        c.warnings().forEach(w -> progress.note("  warning: " + w));
      }
      refuseRepeatedIds(sources, listed, parsed);
      progress.done(
          "reading " + sources.size() + (sources.size() == 1 ? " source" : " sources"),
          counts.stream().mapToLong(SourceCounts::recordsAccepted).sum() + " records accepted");
    } catch (RuntimeException e) {
      parsed.unpersist();
      throw e;
    }
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
            : parsed
                .filter(col(IngestOutcome.KIND).equalTo(Kind.RECORD.name()))
                .select(IngestOutcome.DERIVED + ".*"));
  }

  /**
   * Record ids must be unique across all files of a source, as connectors make them within a file:
   * one id read twice would put one record in two entities. The check costs an aggregation, so it
   * runs only for sources of several files.
   */
  private static void refuseRepeatedIds(
      List<SourceInput> sources, Map<String, List<SourceFile>> listed, Dataset<Row> parsed) {
    List<String> several =
        sources.stream().map(SourceInput::name).filter(n -> listed.get(n).size() > 1).toList();
    if (several.isEmpty()) {
      return;
    }
    Dataset<Row> repeated =
        parsed
            .filter(
                col(IngestOutcome.KIND)
                    .equalTo(Kind.RECORD.name())
                    .and(col(IngestOutcome.SOURCE).isin(several.toArray())))
            .groupBy(
                col(IngestOutcome.SOURCE),
                col(IngestOutcome.RECORD + "." + Columns.RECORD_ID).as("id"))
            .agg(
                functions.count("*").as("n"),
                min(struct(IngestOutcome.FILE_NUMBER, IngestOutcome.LINE)).as("first"),
                max(struct(IngestOutcome.FILE_NUMBER, IngestOutcome.LINE)).as("last"))
            .filter(col("n").gt(1))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long ids = repeated.count();
      if (ids == 0) {
        return;
      }
      Row r = repeated.orderBy(IngestOutcome.SOURCE, "id").first();
      List<SourceFile> files = listed.get(r.getString(0));
      Row first = r.getStruct(3);
      Row last = r.getStruct(4);
      throw new UserInputException(
          "source '"
              + r.getString(0)
              + "': record id '"
              + r.getString(1)
              + "' is in "
              + ReadSourceFile.displayPath(files.get(first.getInt(0)).uri())
              + " line "
              + first.getLong(1)
              + " and "
              + ReadSourceFile.displayPath(files.get(last.getInt(0)).uri())
              + " line "
              + last.getLong(1)
              + (ids > 1 ? " (and " + (ids - 1) + " more ids repeat)" : "")
              + "; record ids must be unique across the files of a source");
    } finally {
      repeated.unpersist();
    }
  }

  /** The columns the outcomes are counted by. */
  private static final String[] TALLIED = {
    IngestOutcome.SOURCE,
    IngestOutcome.KIND,
    IngestOutcome.REASON,
    IngestOutcome.PART,
    IngestOutcome.FILE
  };

  /**
   * One small aggregate of the persisted parse gives every count and, from the FILE rows (one per
   * input file, unique by their struct), the files as their readers saw them: a row of the {@link
   * #TALLIED} values and their count per group.
   */
  private static List<Row> tally(Dataset<Row> parsed) {
    return parsed
        .groupBy(TALLIED[0], java.util.Arrays.copyOfRange(TALLIED, 1, TALLIED.length))
        .count()
        .collectAsList();
  }

  /** The same tally of outcomes the driver holds. */
  private static List<Row> tally(List<Row> parsed, StructType schema) {
    int[] at = new int[TALLIED.length];
    for (int i = 0; i < TALLIED.length; i++) {
      at[i] = schema.fieldIndex(TALLIED[i]);
    }
    Map<List<Object>, Long> groups = new LinkedHashMap<>();
    for (Row r : parsed) {
      List<Object> key = new ArrayList<>(at.length);
      for (int i : at) {
        key.add(r.get(i));
      }
      groups.merge(key, 1L, Long::sum);
    }
    List<Row> out = new ArrayList<>(groups.size());
    groups.forEach(
        (key, n) -> {
          Object[] values = key.toArray(new Object[key.size() + 1]);
          values[key.size()] = n;
          out.add(RowFactory.create(values));
        });
    return out;
  }

  /**
   * The files' total size when every one is on a local disk, else -1: only local files are read on
   * the driver.
   */
  private static long localBytes(Map<String, List<SourceFile>> listed) {
    long bytes = 0;
    for (List<SourceFile> files : listed.values()) {
      for (SourceFile f : files) {
        URI uri = URI.create(f.uri());
        if (!"file".equals(uri.getScheme())) {
          return -1;
        }
        try {
          bytes += Files.size(Path.of(uri));
        } catch (IOException e) {
          return -1; // left to the Spark job, which names the file it cannot read
        }
      }
    }
    return bytes;
  }

  private static List<SourceCounts> count(
      List<SourceInput> sources,
      Map<String, List<SourceFile>> listed,
      List<Row> tallies,
      Map<String, String> inferredRegions) {
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
            inputs.add(
                new SourceCounts.InputFile(
                    f.getString(0),
                    f.getLong(1),
                    f.getString(2),
                    f.getLong(3),
                    f.getLong(4),
                    f.getString(5),
                    f.getList(6)));
          }
        }
      }
      inputs.sort(Comparator.comparing(SourceCounts.InputFile::path));
      if (inputs.size() != listed.get(s.name()).size()) {
        throw new IllegalStateException(
            "source "
                + s.name()
                + ": "
                + listed.get(s.name()).size()
                + " files listed but "
                + inputs.size()
                + " read");
      }
      refuseProblems(s, inputs);
      out.add(
          new SourceCounts(
              s.name(),
              s.kind().id(),
              inputs,
              inputs.stream().mapToLong(SourceCounts.InputFile::rows).sum(),
              accepted,
              quarantined,
              byReason,
              records,
              parts,
              partsByReason,
              issues,
              issuesByReason,
              inferredRegions.get(s.name())));
    }
    return out;
  }

  /**
   * A file of which no row can be read (a header without a column the mapping reads) stops the run,
   * naming it.
   */
  private static void refuseProblems(SourceInput s, List<SourceCounts.InputFile> files) {
    List<SourceCounts.InputFile> refused = files.stream().filter(f -> f.problem() != null).toList();
    if (!refused.isEmpty()) {
      SourceCounts.InputFile f = refused.get(0);
      throw new UserInputException(
          "source '"
              + s.name()
              + "': "
              + f.path()
              + ": "
              + f.problem()
              + (refused.size() > 1
                  ? " (and " + (refused.size() - 1) + " more files of the source)"
                  : ""));
    }
  }
}
