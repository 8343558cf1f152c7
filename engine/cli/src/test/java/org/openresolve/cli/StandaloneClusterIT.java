package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The shaded jar submitted with Spark's own {@code SparkSubmit} (client mode) to a real standalone
 * cluster, a master and two one-core workers on 127.0.0.1, resolves the bundled examples to the
 * same membership, entities and merges as a local run, also when an executor is killed mid-run.
 * Runs in {@code verify}, after {@code package} has built the jar and copied Spark's jars.
 */
class StandaloneClusterIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path JAR = TARGET.resolve("openresolve.jar");
  private static final Path EXAMPLES = Path.of("../../examples/data").toAbsolutePath().normalize();
  private static final Path DIR = TARGET.resolve("cluster-it");
  private static final Path LOCAL_OUT = DIR.resolve("local");
  private static final List<String> COMPARED_TABLES = List.of("membership", "entities", "merges");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);

  private static StandaloneCluster cluster;
  private static SparkSession reader;

  @BeforeAll
  static void resolveLocallyAndStartTheCluster() throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing; the package phase builds it");
    }
    deleteEarlierRun();
    Files.createDirectories(DIR);
    resolveLocally();
    // After the local run: the run stops the session it finds or starts.
    reader =
        SparkSession.builder()
            .appName(StandaloneClusterIT.class.getSimpleName())
            .master("local[1]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    cluster = StandaloneCluster.start(TARGET.resolve("spark-jars"), DIR, 2, "768m");
  }

  @AfterAll
  static void stopEverything() {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      if (reader != null) {
        reader.stop();
      }
    }
  }

  @Test
  void resolvesTheExamplesOnAStandaloneClusterAsALocalRunDoes() throws IOException {
    Path out = DIR.resolve("cluster");
    Process driver = submit("driver", out, StandaloneCluster.freePort());

    awaitSuccess("driver", driver);

    assertSameTablesAsTheLocalRun(out);
  }

  @Test
  void finishesWithTheSameTablesWhenAnExecutorHoldingDataIsKilledMidRun() throws IOException {
    Path out = DIR.resolve("cluster-executor-killed");
    int uiPort = StandaloneCluster.freePort();
    Process driver = submit("driver-executor-killed", out, uiPort);
    DriverApi api = new DriverApi(uiPort);

    Kill kill = killAnExecutorHoldingData(driver, api);
    int lastJob = lastJobWhileRunning(driver, api, kill.appId());

    awaitSuccess("driver-executor-killed", driver);
    assertThat(lastJob)
        .as("jobs the driver started after the executor died")
        .isGreaterThan(kill.lastJobBefore());
    assertThat(cluster.errorLog("driver-executor-killed"))
        .content()
        .contains("Lost executor " + kill.executorId() + " ");
    assertSameTablesAsTheLocalRun(out);
  }

  /** The sources of the README's first command, read from the examples folder. */
  private static List<String> resolveArguments(Path out) {
    return List.of(
        "resolve",
        "--source",
        "criminal_records=criminal-records:" + EXAMPLES.resolve("criminal_records.csv"),
        "--source",
        "intelligence_reports=intelligence-reports:"
            + EXAMPLES.resolve("intelligence_reports.jsonl"),
        "--source",
        "open_web=open-web:" + EXAMPLES.resolve("open_web.jsonl"),
        "--out",
        out.toString());
  }

  private static void resolveLocally() {
    List<String> args = new ArrayList<>(resolveArguments(LOCAL_OUT));
    args.addAll(List.of("--master", "local[2]"));
    CommandLine cl = ErCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException("the local run exited with " + exit + ":\n" + err);
    }
  }

  /**
   * The command docs/cluster.md shows: SparkSubmit started with plain java (as a Spark
   * distribution's spark-submit script would start it), the driver's heap and Spark's {@code
   * --add-opens} flags on the JVM, small executors, few shuffle partitions. The working directory
   * holds no rules/: the rule set comes from inside the jar.
   */
  private static Process submit(String name, Path out, int uiPort) throws IOException {
    List<String> jvm = new ArrayList<>(StandaloneCluster.SHORT_RUN_JVM);
    jvm.add("-Xmx1g");
    jvm.addAll(javaOpens());
    List<String> submit =
        new ArrayList<>(
            List.of(
                "--master",
                cluster.masterUrl(),
                "--deploy-mode",
                "client",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.ui.port=" + uiPort,
                "--conf",
                "spark.executor.memory=512m",
                "--conf",
                "spark.executor.extraJavaOptions="
                    + String.join(" ", StandaloneCluster.SHORT_RUN_JVM),
                "--conf",
                "spark.sql.shuffle.partitions=4",
                "--class",
                Main.class.getName(),
                JAR.toString()));
    submit.addAll(resolveArguments(out));
    Path workingDir = Files.createDirectories(DIR.resolve(name + "-cwd"));
    return cluster.submit(name, jvm, submit, workingDir);
  }

  /** The flags the build gives every test JVM (pom.xml, spark.java17.opens). */
  private static List<String> javaOpens() {
    String opens = System.getProperty("spark.java17.opens");
    if (opens == null || opens.isBlank()) {
      throw new IllegalStateException(
          "system property spark.java17.opens is not set; the failsafe configuration passes it");
    }
    return Arrays.asList(opens.trim().split("\\s+"));
  }

  private record Kill(String appId, String executorId, int lastJobBefore) {}

  /**
   * Waits until an executor holds cached partitions or shuffle output, then kills its JVM with
   * SIGKILL (kill -9), as a lost machine would: the driver must recompute what it held.
   */
  private static Kill killAnExecutorHoldingData(Process driver, DriverApi api) {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (driver.isAlive() && System.nanoTime() < deadline) {
      Optional<String> appId = api.applicationId();
      Optional<DriverApi.Executor> victim =
          appId.stream()
              .flatMap(id -> api.executors(id).stream())
              .filter(e -> !e.id().equals("driver") && e.active() && e.holdsData())
              .findFirst();
      if (victim.isPresent()) {
        String app = appId.orElseThrow();
        int lastJobBefore = api.lastJobId(app);
        ProcessHandle jvm =
            cluster
                .executor(app, victim.get().id())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no JVM found for executor " + victim.get().id() + " of " + app));
        jvm.destroyForcibly();
        jvm.onExit().join();
        assertThat(driver.isAlive())
            .as("the driver still runs after the executor was killed")
            .isTrue();
        return new Kill(app, victim.get().id(), lastJobBefore);
      }
      StandaloneCluster.sleep(Duration.ofMillis(200));
    }
    return fail(
        "no executor held data before the driver "
            + (driver.isAlive() ? "timed out" : "exited with status " + driver.exitValue())
            + "; driver log:\n"
            + StandaloneCluster.tail(cluster.errorLog("driver-executor-killed"), 40));
  }

  /** The highest job id seen until the driver ends (its REST API goes with it). */
  private static int lastJobWhileRunning(Process driver, DriverApi api, String appId) {
    int last = -1;
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (driver.isAlive() && System.nanoTime() < deadline) {
      last = Math.max(last, api.lastJobId(appId));
      StandaloneCluster.sleep(Duration.ofMillis(500));
    }
    return last;
  }

  private static void awaitSuccess(String name, Process driver) {
    boolean ended;
    try {
      ended = driver.waitFor(RUN_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
    if (!ended || driver.exitValue() != 0) {
      fail(
          name
              + (ended
                  ? " exited with status " + driver.exitValue()
                  : " still runs after " + RUN_TIMEOUT.toMinutes() + " min")
              + "; logs in "
              + DIR
              + ", the driver's last lines:\n"
              + StandaloneCluster.tail(cluster.errorLog(name), 40));
    }
  }

  private static void assertSameTablesAsTheLocalRun(Path out) {
    for (String table : COMPARED_TABLES) {
      List<String> local = sortedRows(LOCAL_OUT.resolve(table));
      assertThat(local).as("rows of %s in the local run", table).isNotEmpty();
      assertThat(sortedRows(out.resolve(table)))
          .as("rows of %s on the cluster", table)
          .isEqualTo(local);
    }
  }

  /** Every row as JSON in sorted order, without the run id (which differs by design). */
  private static List<String> sortedRows(Path table) {
    return reader.read().parquet(table.toString()).drop("run_id").toJSON().collectAsList().stream()
        .sorted()
        .toList();
  }

  /** A previous run's outputs and logs under target/cluster-it, written only by this test. */
  private static void deleteEarlierRun() throws IOException {
    if (!Files.exists(DIR)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(DIR)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
