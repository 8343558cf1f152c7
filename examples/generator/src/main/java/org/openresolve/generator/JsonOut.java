package org.openresolve.generator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Puts values into one JSON record the way its exporter writes missing ones: either as {@code null}
 * or by leaving the key out; an empty list as {@code []}, {@code null} or absent.
 */
final class JsonOut {
  private final boolean omitMissing;
  private final Dice dice;

  JsonOut(Dice dice) {
    this.dice = dice;
    this.omitMissing = dice.chance(0.4);
  }

  void text(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    } else if (!omitMissing) {
      node.putNull(key);
    }
  }

  void texts(ObjectNode node, String key, List<String> values) {
    if (values.isEmpty()) {
      missingList(node, key);
      return;
    }
    ArrayNode array = node.putArray(key);
    values.forEach(array::add);
  }

  /** An empty list written as the exporter writes it; returns null unless it wrote an array. */
  ArrayNode missingList(ObjectNode node, String key) {
    if (omitMissing) {
      return null;
    }
    if (dice.chance(0.3)) {
      node.putNull(key);
      return null;
    }
    return node.putArray(key);
  }

  /** The array under {@code key}, created if absent or null, for appending a value. */
  static ArrayNode array(ObjectNode node, String key) {
    return node.get(key) instanceof ArrayNode existing ? existing : node.putArray(key);
  }
}
