package org.openresolve.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One JSON object per line as UTF-8 bytes, and the two ways of breaking such a line. */
final class JsonLines {
  private final ObjectMapper mapper;

  JsonLines(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] line(ObjectNode node) {
    try {
      // Jackson escapes line breaks inside strings, so an object is always one line.
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise a generated record", e);
    }
  }

  /** The line cut short at a character boundary between a third of the way and its end. */
  static byte[] truncated(byte[] line, Dice dice) {
    int cut = dice.between(line.length / 3, line.length - 2);
    while ((line[cut] & 0xC0) == 0x80) {
      cut--;
    }
    return Arrays.copyOf(line, cut);
  }

  /** The object wrapped in an array: valid JSON, but not an object. */
  static byte[] wrappedInArray(byte[] line) {
    byte[] open = "[".getBytes(StandardCharsets.US_ASCII);
    byte[] wrapped = new byte[line.length + 2];
    wrapped[0] = open[0];
    System.arraycopy(line, 0, wrapped, 1, line.length);
    wrapped[wrapped.length - 1] = ']';
    return wrapped;
  }
}
