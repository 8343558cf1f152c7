package org.openresolve.core.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list shipped beside the normalisers: UTF-8, one {@code key<TAB>value} pair a line, blank
 * lines and lines starting with {@code #} ignored. A malformed line is a packaging bug, so it fails
 * class loading with the resource and line named.
 */
final class TsvResource {
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
    InputStream in = TsvResource.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from the classpath");
    }
    List<String[]> pairs = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
          throw new IllegalStateException(
              name + " line " + lineNumber + ": expected key<TAB>value, got '" + line + "'");
        }
        pairs.add(new String[] {fields[0].strip(), fields[1].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return List.copyOf(pairs);
  }
}
