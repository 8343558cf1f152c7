package org.openresolve.core.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every field path of a YAML document ({@code comparisons[2].levels[1].when} -> 41), so
 * that checks made after parsing, across fields, can still point an analyst at the line.
 */
final class YamlLines {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  static YamlLines of(byte[] document) {
    Map<String, Integer> lines = new HashMap<>();
    Deque<Frame> open = new ArrayDeque<>();
    open.push(new Frame("", false));
    try (JsonParser p = YAML.createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        Frame top = open.peek();
        if (t == JsonToken.FIELD_NAME) {
          top.field = (top.path.isEmpty() ? "" : top.path + ".") + p.currentName();
          lines.putIfAbsent(top.field, line);
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          open.pop();
        } else {
          String path = top.array ? top.path + "[" + top.index++ + "]" : top.field;
          if (path != null) {
            lines.putIfAbsent(path, line);
          }
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            open.push(new Frame(path == null ? "" : path, t == JsonToken.START_ARRAY));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-read a YAML document that already parsed", e);
    }
    return new YamlLines(lines);
  }

  /** The line of {@code path}, or of its nearest enclosing path, or 0. */
  int line(String path) {
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
    }
    return 0;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  private static final class Frame {
    final String path;
    final boolean array;
    int index;
    String field;

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }
}
