package org.openresolve.core.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list shipped beside the classes that read it: UTF-8, one row of tab-separated fields a
 * line (a {@code key<TAB>value} pair for most lists), blank lines and lines starting with {@code #}
 * ignored. A malformed line is a packaging bug, so it fails class loading with the resource and
 * line named.
 */
public final class TsvResource {
  private TsvResource() {}

  /** The pairs of the resource {@code name} as a map; a key listed twice is a packaging bug. */
  static Map<String, String> map(String name) {
    Map<String, String> map = new HashMap<>();
    for (String[] pair : pairs(name)) {
      if (map.put(pair[0], pair[1]) != null) {
        throw new IllegalStateException(name + ": '" + pair[0] + "' is listed twice");
      }
    }
    return Map.copyOf(map);
  }

  /** The pairs of the resource {@code name} beside this class, in file order. */
  static List<String[]> pairs(String name) {
    return rows(TsvResource.class, name, 2);
  }

  /**
   * The rows of the resource {@code name} beside {@code anchor}, in file order, each of exactly
   * {@code columns} non-blank fields, stripped.
   */
  public static List<String[]> rows(Class<?> anchor, String name, int columns) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from the classpath");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != columns || Arrays.stream(fields).anyMatch(String::isBlank)) {
          throw new IllegalStateException(
              name
                  + " line "
                  + lineNumber
                  + ": expected "
                  + columns
                  + " tab-separated fields, got '"
                  + line
                  + "'");
        }
        rows.add(Arrays.stream(fields).map(String::strip).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return List.copyOf(rows);
  }
}
