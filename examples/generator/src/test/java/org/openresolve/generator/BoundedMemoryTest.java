package org.openresolve.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedMemoryTest {
  @TempDir Path dir;

  /**
   * 100,000 people in a JVM with a 64 MiB heap: the people alone would need several times that if
   * the generator kept them, so finishing shows that it streams.
   */
  @Test
  void oneHundredThousandPeopleFitInASmallHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx64m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ExampleGenerator.class.getName(),
                    "--out",
                    dir.toString(),
                    "--people",
                    "100000",
                    "--seed",
                    "3",
                    "--difficulty",
                    "hard"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).startsWith("people 100000");
  }
}
