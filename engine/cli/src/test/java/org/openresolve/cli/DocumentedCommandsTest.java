package org.openresolve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openresolve.connectors.mapping.SourceMapping;
import picocli.CommandLine;

/**
 * Every {@code er} command shown in the README and under docs/ is parsed by the real command line
 * (options, subcommands, source specs, the mapping files it names), and the cheap ones (--help,
 * --version, rules validate) are run, so the documentation cannot drift from the program. The
 * mapping examples of docs/mapping.md are read as mapping files, and every key a mapping file takes
 * is documented there.
 */
class DocumentedCommandsTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
  private static final Pattern FENCE =
      Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern ASSIGNMENT = Pattern.compile("(?:^|;\\s*)([A-Z][A-Z0-9_]*=\\S+)");

  /** One command as a document shows it, with the variables its block assigns before it. */
  private record Shown(Path doc, String command, List<String> assignments) {
    @Override
    public String toString() {
      return ROOT.relativize(doc) + ": " + command;
    }
  }

  private static List<Path> documents() throws IOException {
    List<Path> docs =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("examples/README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  private static List<Shown> shownCommands() throws IOException {
    List<Shown> shown = new ArrayList<>();
    for (Path doc : documents()) {
      Matcher block = FENCE.matcher(Files.readString(doc));
      while (block.find()) {
        List<String> assignments = new ArrayList<>();
        for (String line : joinContinuations(block.group(2))) {
          String command = line.startsWith("$ ") ? line.substring(2) : line;
          if (command.startsWith("./er ")
              || command.startsWith("er ")
              || command.matches("^[A-Z_]+=\\S+ \\./er .*")
              || command.contains("org.openresolve.cli.Main")) {
            shown.add(new Shown(doc, command, List.copyOf(assignments)));
          } else if (!command.startsWith("#")) {
            Matcher a = ASSIGNMENT.matcher(command);
            while (a.find()) {
              assignments.add(a.group(1));
            }
          }
        }
      }
    }
    return shown;
  }

  private static List<String> joinContinuations(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
      } else {
        lines.add(current.append(line).toString().strip());
        current.setLength(0);
      }
    }
    return lines;
  }

  /** The words of a command as the shell would pass them, variables of its block expanded. */
  private static List<String> words(Shown shown) throws IOException, InterruptedException {
    String script =
        String.join("\n", shown.assignments())
            + "\nset -- "
            + shown.command()
            + "\nprintf '%s\\0' \"$@\"\n";
    Process bash =
        new ProcessBuilder("bash", "-c", script)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as("the shell reads " + shown).isZero();
    List<String> words = new ArrayList<>(Arrays.asList(out.split("\0")));
    int er = words.indexOf("./er") >= 0 ? words.indexOf("./er") : words.indexOf("er");
    if (er < 0) {
      // java ... SparkSubmit ... or spark-submit ...: the engine's arguments follow the jar.
      er =
          words.stream()
              .filter(w -> w.endsWith("openresolve.jar"))
              .findFirst()
              .map(words::indexOf)
              .orElse(-1);
    }
    assertThat(er).as("no er command in " + shown).isNotNegative();
    return words.subList(er + 1, words.size());
  }

  @Test
  void everyDocumentedCommandParses() throws Exception {
    List<Shown> shown = shownCommands();
    assertThat(shown).as("commands found in the documentation").hasSizeGreaterThan(20);
    for (Shown s : shown) {
      List<String> args = words(s);
      CommandLine.ParseResult parsed;
      try {
        parsed = ErCommand.commandLine().parseArgs(args.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError(s + ": " + e.getMessage(), e);
      }
      CommandLine.ParseResult sub = parsed.subcommand();
      if (sub == null) {
        continue;
      }
      if (sub.hasMatchedOption("--source")) {
        for (String source : sub.<List<String>>matchedOptionValue("--source", List.of())) {
          SourceSpec.parse(source);
        }
      }
      if (sub.hasMatchedOption("--mapping")) {
        for (Object file :
            sub.<java.util.Map<String, Path>>matchedOptionValue("--mapping", java.util.Map.of())
                .values()) {
          Path mapping = ROOT.resolve(file.toString());
          if (Files.exists(mapping)) {
            SourceMapping.read(mapping);
          }
        }
      }
    }
  }

  @Test
  void theCheapDocumentedCommandsRunAndSucceed() throws Exception {
    int ran = 0;
    for (Shown s : shownCommands()) {
      List<String> args = words(s);
      boolean cheap =
          args.equals(List.of("--version"))
              || args.contains("--help")
              || (args.size() == 3
                  && args.get(0).equals("rules")
                  && args.get(1).equals("validate"));
      if (!cheap) {
        continue;
      }
      String[] resolved =
          args.stream()
              .map(
                  a ->
                      a.contains("/") && Files.exists(ROOT.resolve(a))
                          ? ROOT.resolve(a).toString()
                          : a)
              .toArray(String[]::new);
      CommandLine cl = ErCommand.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      assertThat(cl.execute(resolved)).as(s + " printed " + out + err).isZero();
      if (args.equals(List.of("--version"))) {
        assertThat(out.toString())
            .matches(
                "(?s)er \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{12}(-dirty)?|unknown), Spark 4\\.[0-9.]+, Java 17[0-9.]*\\)\\n");
      }
      ran++;
    }
    assertThat(ran)
        .as("--version, --help and rules validate shown in the README")
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theMappingExamplesAreValidMappingFiles() throws IOException {
    Matcher block = FENCE.matcher(Files.readString(ROOT.resolve("docs/mapping.md")));
    int read = 0;
    while (block.find()) {
      if (block.group(1).equals("yaml") && block.group(2).contains("record_id:")) {
        SourceMapping.read(
            "docs/mapping.md",
            new java.io.ByteArrayInputStream(block.group(2).getBytes(StandardCharsets.UTF_8)));
        read++;
      }
    }
    assertThat(read).isPositive();
  }

  @Test
  void everyMappingKeyIsDocumented() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/mapping.md"));
    Set<String> undocumented = new TreeSet<>();
    for (var component : SourceMapping.class.getRecordComponents()) {
      String key =
          component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
      if (!doc.contains("| `" + key + "` |")) {
        undocumented.add(key);
      }
    }
    assertThat(undocumented).as("mapping keys without a row in docs/mapping.md").isEmpty();
  }
}
