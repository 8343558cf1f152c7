package org.openresolve.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the line where a field path (as Jackson reports it) starts in a YAML document. Jackson's
 * own error location points to wherever the parser stood when it noticed the problem, often the
 * line after the offending key; analysts need the key's own line.
 */
final class YamlPathLocator {
  private static final YAMLFactory YAML = new YAMLFactory();

  private YamlPathLocator() {}

  /** The 1-based line of the path's last element, or 0 when it cannot be found. */
  static int line(byte[] document, List<JsonMappingException.Reference> path) {
    List<Object> target = new ArrayList<>();
    for (JsonMappingException.Reference r : path) {
      target.add(r.getIndex() >= 0 ? (Object) r.getIndex() : r.getFieldName());
    }
    if (target.isEmpty()) {
      return 0;
    }
    try (JsonParser p = YAML.createParser(document)) {
      Deque<Object> at = new ArrayDeque<>();
      Deque<int[]> arrayIndex = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (!arrayIndex.isEmpty() && isValueStart(t) && p.getParsingContext().inArray()) {
          int i = arrayIndex.peek()[0]++;
          at.addLast(i);
          if (matches(at, target)) {
            return p.currentTokenLocation().getLineNr();
          }
          if (t.isScalarValue()) {
            at.removeLast();
          }
        }
        switch (t) {
          case FIELD_NAME -> {
            at.addLast(p.currentName());
            if (matches(at, target)) {
              return p.currentTokenLocation().getLineNr();
            }
          }
          case START_ARRAY -> arrayIndex.push(new int[] {0});
          case END_ARRAY -> {
            arrayIndex.pop();
            endValue(p, at);
          }
          case END_OBJECT -> endValue(p, at);
          default -> {
            if (t.isScalarValue() && p.getParsingContext().inObject()) {
              at.pollLast();
            }
          }
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  private static boolean isValueStart(JsonToken t) {
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t.isScalarValue();
  }

  /** After a container closes, drop its own path element (field name or array index). */
  private static void endValue(JsonParser p, Deque<Object> at) {
    if (!at.isEmpty() && (p.getParsingContext().inObject() || p.getParsingContext().inArray())) {
      at.pollLast();
    }
  }

  private static boolean matches(Deque<Object> at, List<Object> target) {
    if (at.size() != target.size()) {
      return false;
    }
    int i = 0;
    for (Object o : at) {
      if (!o.equals(target.get(i++))) {
        return false;
      }
    }
    return true;
  }
}
