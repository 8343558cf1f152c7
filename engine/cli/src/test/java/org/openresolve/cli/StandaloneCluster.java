package org.openresolve.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A standalone Spark cluster on 127.0.0.1: one master and one-core workers, started as plain JVMs
 * from the Spark jars Maven resolved for the launcher ({@code target/spark-jars}), with a folder
 * holding them under {@code jars/} as SPARK_HOME. Every port is chosen free at start-up, every file
 * (logs, work and shuffle directories) stays under one directory, and {@link #close} stops every
 * process it started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final String EXECUTOR_MAIN =
      "org.apache.spark.executor.CoarseGrainedExecutorBackend";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * For JVMs that live a minute on a few hundred records: the optimising compiler would spend more
   * CPU compiling Spark than it could ever save, and one collector thread suits a small heap.
   */
  static final List<String> SHORT_RUN_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private final Path dir;
  private final Path sparkHome;
  private final int masterPort = freePort();
  private final int masterUiPort = freePort();
  private final List<Process> daemons = new ArrayList<>();
  private final List<Process> workers = new ArrayList<>();
  private final List<Process> drivers = new ArrayList<>();
  private final Thread stopOnExit = new Thread(this::stopAll, "stop the standalone cluster");

  private StandaloneCluster(Path sparkJars, Path dir) throws IOException {
    this.dir = requireNonNull(dir, "dir is null");
    this.sparkHome = dir.resolve("spark-home");
    Files.createDirectories(sparkHome);
    Files.createSymbolicLink(sparkHome.resolve("jars"), sparkJars.toAbsolutePath());
    // A test JVM that is killed instead of finishing still takes its cluster with it.
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /**
   * Starts a master and {@code workerCount} workers of one core and {@code workerMemory} each, and
   * returns once the master counts them all alive.
   */
  static StandaloneCluster start(Path sparkJars, Path dir, int workerCount, String workerMemory)
      throws IOException {
    try (var jars = Files.newDirectoryStream(sparkJars, "spark-core_2.13-*.jar")) {
      if (!jars.iterator().hasNext()) {
        throw new IllegalStateException(
            "no spark-core jar in " + sparkJars + "; mvn package copies Spark's jars there");
      }
    }
    StandaloneCluster cluster = new StandaloneCluster(sparkJars, dir);
    try {
      cluster.daemons.add(
          cluster.launch(
              "master",
              jvm("-Xmx256m", "-Dspark.master.rest.enabled=false"),
              "org.apache.spark.deploy.master.Master",
              List.of(
                  "--host",
                  "127.0.0.1",
                  "--port",
                  String.valueOf(cluster.masterPort),
                  "--webui-port",
                  String.valueOf(cluster.masterUiPort))));
      for (int i = 1; i <= workerCount; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        Process worker =
            cluster.launch(
                "worker-" + i,
                // Application folders are kept after the run: the executors' logs are in them.
                jvm("-Xmx256m", "-Dspark.worker.cleanup.enabled=false"),
                "org.apache.spark.deploy.worker.Worker",
                List.of(
                    "--host",
                    "127.0.0.1",
                    "--webui-port",
                    String.valueOf(freePort()),
                    "--cores",
                    "1",
                    "--memory",
                    workerMemory,
                    "--work-dir",
                    work.toString(),
                    cluster.masterUrl()));
        cluster.daemons.add(worker);
        cluster.workers.add(worker);
      }
      cluster.awaitAliveWorkers(workerCount);
      return cluster;
    } catch (RuntimeException | IOException e) {
      cluster.close();
      throw e;
    }
  }

  private static List<String> jvm(String... options) {
    List<String> all = new ArrayList<>(SHORT_RUN_JVM);
    all.addAll(List.of(options));
    return all;
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /**
   * Starts a driver: {@code SparkSubmit} in client mode with the given JVM options and arguments,
   * in {@code workingDir}, logging to {@code name.out} and {@code name.err}. The cluster stops it
   * on {@link #close} if it still runs.
   */
  synchronized Process submit(
      String name, List<String> jvmOptions, List<String> submitArguments, Path workingDir)
      throws IOException {
    Process driver =
        launch(
            name, jvmOptions, "org.apache.spark.deploy.SparkSubmit", submitArguments, workingDir);
    drivers.add(driver);
    return driver;
  }

  /** The log a process started under {@code name} writes to standard error. */
  Path errorLog(String name) {
    return dir.resolve(name + ".err");
  }

  Path outputLog(String name) {
    return dir.resolve(name + ".out");
  }

  /**
   * The live executor JVM of application {@code appId} with Spark's executor id {@code executorId}.
   */
  Optional<ProcessHandle> executor(String appId, String executorId) {
    return workers.stream()
        .flatMap(Process::descendants)
        .filter(p -> isExecutor(p, appId, executorId))
        .findFirst();
  }

  private static boolean isExecutor(ProcessHandle process, String appId, String executorId) {
    List<String> args = Arrays.asList(process.info().arguments().orElse(new String[0]));
    return args.contains(EXECUTOR_MAIN)
        && follows(args, "--app-id", appId)
        && follows(args, "--executor-id", executorId);
  }

  private static boolean follows(List<String> args, String option, String value) {
    int at = args.indexOf(option);
    return at >= 0 && at + 1 < args.size() && args.get(at + 1).equals(value);
  }

  private Process launch(
      String name, List<String> jvmOptions, String mainClass, List<String> arguments)
      throws IOException {
    return launch(name, jvmOptions, mainClass, arguments, dir);
  }

  private Process launch(
      String name,
      List<String> jvmOptions,
      String mainClass,
      List<String> arguments,
      Path workingDir)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + "/*");
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectOutput(outputLog(name).toFile())
            .redirectError(errorLog(name).toFile());
    builder.environment().putAll(environment(name));
    return builder.start();
  }

  /**
   * What a Spark distribution's scripts would set: SPARK_HOME to find the jars an executor needs,
   * the Scala version (without it every executor dies with "Cannot find any build directories"),
   * loopback for every bind, the Java the tests run on, and shuffle files under our directory.
   */
  private Map<String, String> environment(String name) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local-" + name)).toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    return env;
  }

  private void awaitAliveWorkers(int expected) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI state = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    int alive = 0;
    while (System.nanoTime() < deadline) {
      for (Process daemon : daemons) {
        if (!daemon.isAlive()) {
          throw new IllegalStateException(
              "a cluster process exited with status "
                  + daemon.exitValue()
                  + "; see the logs in "
                  + dir);
        }
      }
      try {
        JsonNode master =
            JSON.readTree(
                http.send(
                        HttpRequest.newBuilder(state).build(), HttpResponse.BodyHandlers.ofString())
                    .body());
        alive = master.path("aliveworkers").asInt();
        if (alive == expected) {
          return;
        }
      } catch (IOException e) {
        // The master's web UI is not up yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the cluster", e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        alive
            + " of "
            + expected
            + " workers alive after "
            + START_TIMEOUT.toSeconds()
            + " s; see the logs in "
            + dir);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A port nothing listens on now; Spark binds it a moment later. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on loopback", e);
    }
  }

  /** The last lines of a log, for a failure message. */
  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and runs the hook itself.
    }
  }

  /**
   * Drivers first, so that no application asks for new executors; then executors and any other
   * descendants, then workers and master: nothing is left running.
   */
  private synchronized void stopAll() {
    stop(drivers.stream().map(Process::toHandle).toList());
    List<ProcessHandle> rest = new ArrayList<>();
    for (Process daemon : daemons) {
      daemon.descendants().forEach(rest::add);
    }
    daemons.forEach(daemon -> rest.add(daemon.toHandle()));
    stop(rest);
  }

  private static void stop(List<ProcessHandle> processes) {
    processes.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while stopping process " + process.pid(), e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("process " + process.pid() + " did not stop", e);
      }
    }
  }
}
