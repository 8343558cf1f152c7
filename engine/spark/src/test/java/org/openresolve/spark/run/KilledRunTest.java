package org.openresolve.spark.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.audit.AuditLog;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.output.PausePoint;
import org.openresolve.spark.testing.LocalSpark;

/**
 * A run killed as {@code kill -9} kills it, at each step of writing and replacing an output, leaves
 * at {@code --out} the previous complete output or nothing, never a partial one, and an audit log
 * that still verifies; the next run tidies what the killed one left beside the output.
 */
class KilledRunTest {
  private static final Path RULES =
      Path.of("../../rules/default/ruleset.yaml").toAbsolutePath().normalize();
  private static final long PAUSE_TIMEOUT_SECONDS = 900;
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(KilledRunTest.class);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void aRunKilledAtAnyStepLeavesThePreviousOutputOrNoneAndAVerifiableLog() throws Exception {
    List<Path> inputs = SmallSources.write(dir);
    Path out = dir.resolve("out");
    Path log = dir.resolve("audit.jsonl");
    new ResolveAction(SmallSources.options(inputs, RULES, out).auditLog(log).build()).run(spark);
    Map<String, String> previous = tree(out);

    // Killed while writing: the previous output stays as it was.
    for (String moment : List.of("tables-written", "complete-in-staging")) {
      killAt(moment, inputs, out, log);
      assertThat(tree(out)).as("--out after a kill at " + moment).isEqualTo(previous);
      assertThat(new AuditLog(log).verify().intact()).isTrue();
    }

    // Killed between setting the previous output aside and moving the new one in: nothing at --out.
    killAt("previous-aside", inputs, out, log);
    assertThat(out).doesNotExist();
    assertThat(new AuditLog(log).verify().intact()).isTrue();

    // The next run puts the previous output back first, replaces it, and is killed before the
    // previous output set aside is deleted: --out holds the new, complete output.
    killAt("replaced", inputs, out, log);
    assertThat(OutputDirectory.whyIncomplete(out, "resolve")).isNull();
    assertThat(tree(out)).isNotEqualTo(previous);
    assertThat(new AuditLog(log).verify().intact()).isTrue();
    assertThat(hiddenBeside(out)).isNotEmpty();

    new ResolveAction(
            SmallSources.options(inputs, RULES, out).auditLog(log).overwrite(true).build())
        .run(spark);

    assertThat(OutputDirectory.whyIncomplete(out, "resolve")).isNull();
    assertThat(hiddenBeside(out)).as("leftovers of the killed runs").isEmpty();
    AuditLog.Verification audit = new AuditLog(log).verify();
    assertThat(audit.intact()).isTrue();
    // Each run records its start; the runs killed once complete in staging had also recorded
    // their end (the manifest keeps that entry's hash, so it is written first).
    assertThat(audit.entries()).isEqualTo(2 + 1 + 2 + 2 + 2 + 2);

    // Each run removed Spark's directories of the runs killed before it; the last killed run's is
    // still there. The next run, even one that fails, removes it with its own.
    assertThat(scratch()).singleElement().asString().startsWith("openresolve-spark-");
    Path noRows = Files.writeString(dir.resolve("no-rows.csv"), SmallSources.HEADER);
    Path noLines = Files.writeString(dir.resolve("no-lines.jsonl"), "");
    Process failing =
        child(List.of(), dir.resolve("stderr-failing.txt"), out, log, noRows, noLines);
    assertThat(failing.waitFor()).isNotZero();
    assertThat(Files.readString(dir.resolve("stderr-failing.txt")))
        .contains("no records to resolve");
    assertThat(scratch()).as("Spark's temporary files left in " + tmp()).isEmpty();
  }

  private Path tmp() throws IOException {
    return Files.createDirectories(dir.resolve("tmp"));
  }

  /**
   * What Spark wrote under the children's temporary directory: the run's directory, or Spark's own.
   */
  private List<String> scratch() throws IOException {
    try (Stream<Path> s = Files.list(tmp())) {
      return s.map(p -> p.getFileName().toString())
          .filter(
              n ->
                  n.startsWith("openresolve-spark-")
                      || n.startsWith("blockmgr-")
                      || n.startsWith("spark-"))
          .toList();
    }
  }

  private Process child(
      List<String> properties, Path stderr, Path out, Path log, Path crim, Path web)
      throws IOException {
    List<String> all = new java.util.ArrayList<>(properties);
    all.add("-Djava.io.tmpdir=" + tmp());
    return ResolveInChildJvm.start(
        all,
        stderr,
        RULES.toString(),
        out.toString(),
        log.toString(),
        crim.toString(),
        web.toString());
  }

  /** Starts a run that pauses at {@code moment}, waits until it gets there, and kills it. */
  private void killAt(String moment, List<Path> inputs, Path out, Path log)
      throws IOException, InterruptedException {
    Path stderr = dir.resolve("stderr-" + moment + ".txt");
    Process p =
        child(
            List.of("-Dopenresolve.pause-at=" + moment),
            stderr,
            out,
            log,
            inputs.get(0),
            inputs.get(1));
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PAUSE_TIMEOUT_SECONDS);
      while (!Files.readString(stderr).contains(PausePoint.PAUSED + moment)) {
        assertThat(p.isAlive()).as("the run ended before " + moment + ": " + tail(stderr)).isTrue();
        assertThat(System.nanoTime())
            .as("the run did not reach " + moment + " in time")
            .isLessThan(deadline);
        Thread.sleep(200);
      }
    } finally {
      p.destroyForcibly().waitFor();
    }
  }

  private static String tail(Path file) throws IOException {
    String s = Files.readString(file);
    return s.substring(Math.max(0, s.length() - 2000));
  }

  /**
   * The engine's hidden directories beside {@code out}: staging directories and outputs set aside.
   */
  private static List<String> hiddenBeside(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.getParent())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("." + out.getFileName() + ".openresolve-"))
          .sorted()
          .toList();
    }
  }

  /** Every file under {@code root} by relative path, with its content's hash. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile)
          .forEach(f -> files.put(root.relativize(f).toString(), sha256(f)));
    }
    return files;
  }

  private static String sha256(Path f) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
