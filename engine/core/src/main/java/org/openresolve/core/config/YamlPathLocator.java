package org.openresolve.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the line where a field path (as Jackson reports it) starts in a YAML document. Jackson's
 * own error location points to wherever the parser stood when it noticed the problem, often lines
 * after the offending key (the end of the enclosing object); analysts need the key's own line.
 *
 * <p>The path of each token is read from the parser's own nesting contexts, so nested lists (a
 * rule's {@code skip_when} inside the list of rules) cannot shift the count of elements.
 */
final class YamlPathLocator {
  private static final YAMLFactory YAML = new YAMLFactory();

  private YamlPathLocator() {}

  /** The 1-based line of the path's last element, or 0 when it cannot be found. */
  static int line(byte[] document, List<JsonMappingException.Reference> path) {
    return lineAt(document, steps(path));
  }

  /** A path as Jackson reports it, as field names and list indexes. */
  static List<Object> steps(List<JsonMappingException.Reference> path) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference r : path) {
      steps.add(r.getIndex() >= 0 ? (Object) r.getIndex() : r.getFieldName());
    }
    return steps;
  }

  /**
   * The 1-based line where the value at {@code target} (field names and list indexes) starts, or 0.
   */
  static int lineAt(byte[] document, List<Object> target) {
    if (target.isEmpty()) {
      return 0;
    }
    try (JsonParser p = YAML.createParser(document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        // A container's start token already stands in the container's own context; its place
        // is the parent's current entry.
        JsonStreamContext at =
            t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                ? p.getParsingContext().getParent()
                : p.getParsingContext();
        if (target.equals(pathOf(at))) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  /** The entries from the document's root down to the current entry of {@code context}. */
  private static List<Object> pathOf(JsonStreamContext context) {
    List<Object> path = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      path.add(0, c.inArray() ? (Object) Math.max(0, c.getCurrentIndex()) : c.getCurrentName());
    }
    return path;
  }
}
