package org.openresolve.connectors.analyst;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Records to erase: one {@code source,record_id} per line; blank lines and lines starting with
 * {@code #} are ignored. A malformed line stops the run: an erasure that silently did not happen
 * would keep data the law says must go.
 */
public final class ErasureList {
  private ErasureList() {}

  /** The erased records as {@code source:record_id} keys, in file order. */
  public static Set<String> read(Path file) {
    Set<String> keys = new LinkedHashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#") || (number == 1 && t.equals("source,record_id"))) {
          continue;
        }
        int comma = t.indexOf(',');
        if (comma <= 0 || comma == t.length() - 1) {
          throw new AnalystFileException(file.toString(), number, "expected source,record_id");
        }
        keys.add(t.substring(0, comma).strip() + ":" + t.substring(comma + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read erasure file " + file, e);
    }
    return keys;
  }
}
