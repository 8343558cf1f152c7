package org.openresolve.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the generator's word lists from the class path; blank lines and {@code #} comments skipped.
 */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("generator resource missing: " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generator resource " + name, e);
    }
    return List.copyOf(lines);
  }

  /** Splits on {@code separator}, keeping empty trailing cells. */
  static List<String> cells(String line, char separator) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == separator) {
        cells.add(line.substring(start, i).strip());
        start = i + 1;
      }
    }
    cells.add(line.substring(start).strip());
    return cells;
  }

  /** Splits a list cell on {@code separator}, dropping empty items. */
  static List<String> list(String cell, char separator) {
    return cells(cell, separator).stream().filter(s -> !s.isEmpty()).toList();
  }
}
