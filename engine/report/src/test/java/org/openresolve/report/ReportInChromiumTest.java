package org.openresolve.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report as a browser shows it: headless Chromium (Debian's {@code chromium}) opens the page
 * from disk with no network, and the test fails on any console message (the page runs no script, so
 * any message is an error: a blocked load, a parse failure), on a chart that draws nothing, or when
 * the browser is missing. The screenshot is kept in target/ for a person to look at.
 */
class ReportInChromiumTest {
  private static final Path TARGET = Path.of("target");
  private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
  private static final Pattern SHAPE =
      Pattern.compile("<(rect|line|path|circle|polyline)\\b[^>]*>");
  private static final Pattern WIDTH = Pattern.compile("\\bwidth=\"([0-9.]+)\"");
  private static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    Files.createDirectories(TARGET);
    page = TARGET.resolve("report-sample.html").toAbsolutePath();
    Files.writeString(page, ReportPage.render(SampleReports.sample()), StandardCharsets.UTF_8);
  }

  @Test
  void chromiumDrawsEveryChartWithoutAConsoleMessage() throws Exception {
    Browser.Result dom = Browser.run("--dump-dom", page.toUri().toString());

    assertThat(dom.consoleMessages()).as("console messages").isEmpty();
    List<String> charts = new ArrayList<>();
    Matcher m = SVG.matcher(dom.stdout());
    while (m.find()) {
      charts.add(m.group());
    }
    assertThat(charts)
        .hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(
            svg ->
                assertThat(drawnShapes(svg))
                    .as("shapes drawn in %s", svg.substring(0, Math.min(200, svg.length())))
                    .isPositive());
    assertThat(dom.stdout()).contains("&lt;script&gt;alert").doesNotContain("<script");
  }

  @Test
  void aScreenshotIsKeptForAPersonToLookAt() throws Exception {
    Path shot = TARGET.resolve("report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);

    Browser.Result r =
        Browser.run("--screenshot=" + shot, "--window-size=1200,4000", page.toUri().toString());

    assertThat(r.consoleMessages()).isEmpty();
    byte[] png = Files.readAllBytes(shot);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    // A blank white page of this size compresses to a few kilobytes; charts and tables do not.
    assertThat(png.length).isGreaterThan(40_000);
  }

  /** Shapes with an area or a length: a bar of width 0 is not a drawing. */
  private static long drawnShapes(String svg) {
    Matcher shapes = SHAPE.matcher(svg.substring(svg.indexOf('>') + 1));
    long drawn = 0;
    while (shapes.find()) {
      Matcher w = WIDTH.matcher(shapes.group());
      if (!shapes.group(1).equals("rect") || (w.find() && Double.parseDouble(w.group(1)) > 0)) {
        drawn++;
      }
    }
    return drawn;
  }

  /** Headless Chromium run once per call, its console read from its log on stderr. */
  static final class Browser {
    record Result(String stdout, List<String> consoleMessages) {}

    static Result run(String... arguments) throws IOException, InterruptedException {
      String binary = binary();
      List<String> command =
          new ArrayList<>(
              List.of(
                  binary,
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--no-first-run",
                  "--disable-extensions",
                  "--enable-logging=stderr",
                  "--v=0",
                  "--user-data-dir=" + Files.createTempDirectory("report-chromium")));
      command.addAll(List.of(arguments));
      Path out = Files.createTempFile("chromium", ".out");
      Path err = Files.createTempFile("chromium", ".err");
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish in 120 s: " + command);
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as("chromium exit status; stderr:%n%s", stderr).isZero();
      List<String> console = stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
      return new Result(Files.readString(out, StandardCharsets.UTF_8), console);
    }

    /** The browser on the PATH; missing, the test fails and says how to install it (CI does). */
    private static String binary() {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        for (String dir :
            System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
          if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
            return Path.of(dir, name).toString();
          }
        }
      }
      throw new AssertionError(
          "no chromium on the PATH: install it (Debian: apt-get install -y chromium); .ci/run does");
    }
  }
}
