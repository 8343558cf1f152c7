package org.openresolve.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openresolve.model.FieldIssueReason;

/**
 * Values of a JSON object by key, read leniently: numbers and booleans are taken as text, a single
 * string stands for a one-element list. Values of a type that cannot hold what the key means (an
 * object where a name belongs) are reported as field issues, not thrown.
 */
final class JsonFields implements FieldSource {
  private final JsonNode node;
  private final RecordAssembler issues;
  private final Pattern separator;

  JsonFields(JsonNode node, RecordAssembler issues, Pattern separator) {
    this.node = node;
    this.issues = issues;
    this.separator = separator;
  }

  JsonNode node(String key) {
    JsonNode v = key == null ? null : node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  @Override
  public String text(String key) {
    JsonNode v = node(key);
    if (v == null) {
      return null;
    }
    if (v.isValueNode()) {
      String s = v.asText();
      return s.isBlank() ? null : s;
    }
    issues.issue(
        key,
        v.toString(),
        FieldIssueReason.WRONG_JSON_TYPE,
        "'" + key + "' should be a string, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    return null;
  }

  @Override
  public List<String> list(String key) {
    JsonNode v = node(key);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isValueNode()) {
      for (String part : separator.split(v.asText())) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
    if (!v.isArray()) {
      issues.issue(
          key,
          v.toString(),
          FieldIssueReason.WRONG_JSON_TYPE,
          "'" + key + "' should be a list of strings, not an object");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (e.isNull()) {
        continue;
      }
      if (!e.isValueNode()) {
        issues.issue(
            key + "[" + i + "]",
            e.toString(),
            FieldIssueReason.WRONG_JSON_TYPE,
            "'" + key + "' should hold strings only");
      } else if (!e.asText().isBlank()) {
        out.add(e.asText().strip());
      }
    }
    return out;
  }

  /** The elements of an array of objects; anything else in the array is reported. */
  List<JsonNode> objects(String key) {
    JsonNode v = node(key);
    List<JsonNode> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isObject()) {
      out.add(v);
      return out;
    }
    if (!v.isArray()) {
      issues.issue(
          key,
          v.toString(),
          FieldIssueReason.WRONG_JSON_TYPE,
          "'" + key + "' should be a list of objects");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (e.isObject()) {
        out.add(e);
      } else if (!e.isNull()) {
        issues.issue(
            key + "[" + i + "]",
            e.toString(),
            FieldIssueReason.WRONG_JSON_TYPE,
            "'" + key + "' should hold objects only");
      }
    }
    return out;
  }

  /** A string member of a nested object, or null. */
  static String member(JsonNode object, String key) {
    JsonNode v = object.get(key);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }
}
