package org.openresolve.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a YAML file into typed records. Keys are snake_case; unknown keys, values of the wrong type
 * and values the records' constructors reject all become a {@link ConfigFileException} naming the
 * file, the line and the field path, so an analyst editing a rule file is told exactly where.
 */
public final class TypedYaml {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private TypedYaml() {}

  public static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, type);
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(file.toString(), 0, "", "file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static <T> T read(String name, InputStream in, Class<T> type) {
    byte[] document;
    try {
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    try {
      T value = MAPPER.readValue(document, type);
      if (value == null) {
        throw new ConfigFileException(name, 0, "", "the file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(name, document, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static ConfigFileException translate(
      String name, byte[] document, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    if (e instanceof JsonMappingException m) {
      int keyLine = YamlPathLocator.line(document, m.getPath());
      line = keyLine > 0 ? keyLine : line;
    }
    String path = e instanceof JsonMappingException m ? path(m) : "";
    String problem;
    if (e instanceof UnrecognizedPropertyException u) {
      problem =
          unknownKey(
              u.getPropertyName(), u.getKnownPropertyIds().stream().map(Object::toString).toList());
    } else if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      problem =
          "'"
              + f.getValue()
              + "' is not one of "
              + Arrays.toString(f.getTargetType().getEnumConstants());
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return rejectedValue(name, document, v);
    } else {
      problem = e.getOriginalMessage();
    }
    return new ConfigFileException(name, Math.min(line, lineCount(document)), path, problem);
  }

  private static String unknownKey(String key, List<String> known) {
    return ClosestName.to(key, known)
        .map(k -> "unknown key '" + key + "'; did you mean '" + k + "'?")
        .orElseGet(
            () ->
                "unknown key '"
                    + key
                    + "'; known keys: "
                    + known.stream().sorted().collect(Collectors.joining(", ")));
  }

  /**
   * A record's constructor refused the object: Jackson noticed only at the object's end, and binds
   * an object's keys before it checks for unknown ones, so a misspelt required key reads as
   * missing. Say so when the object holds a key the record does not know; otherwise point to the
   * key the message names, else to the object's first line.
   */
  private static ConfigFileException rejectedValue(
      String name, byte[] document, ValueInstantiationException v) {
    List<Object> at = YamlPathLocator.steps(v.getPath());
    String prefix = path(v);
    List<String> known =
        MAPPER.getDeserializationConfig().introspect(v.getType()).findProperties().stream()
            .map(BeanPropertyDefinition::getName)
            .toList();
    List<String> present = keysAt(document, at);
    for (String key : present) {
      if (!known.isEmpty() && !known.contains(key)) {
        return new ConfigFileException(
            name,
            lineOf(document, at, key),
            prefix.isEmpty() ? key : prefix + "." + key,
            unknownKey(key, known));
      }
    }
    String message = v.getCause().getMessage();
    String named = null;
    int first = Integer.MAX_VALUE;
    for (String key : present) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "\\b").matcher(message);
      if (m.find() && m.start() < first) {
        named = key;
        first = m.start();
      }
    }
    if (named != null) {
      // The message names its key already; only its line is added.
      return new ConfigFileException(name, lineOf(document, at, named), prefix, message);
    }
    int line = at.isEmpty() ? 1 : YamlPathLocator.lineAt(document, at);
    return new ConfigFileException(name, line, prefix, message);
  }

  private static int lineOf(byte[] document, List<Object> object, String key) {
    List<Object> keyPath = new ArrayList<>(object);
    keyPath.add(key);
    return YamlPathLocator.lineAt(document, keyPath);
  }

  /** The keys of the object at {@code path} in the document, in file order. */
  private static List<String> keysAt(byte[] document, List<Object> path) {
    JsonNode node;
    try {
      node = MAPPER.readTree(document);
    } catch (IOException e) {
      return List.of();
    }
    for (Object step : path) {
      node = step instanceof Integer i ? node.path(i) : node.path((String) step);
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /**
   * Lines in the document, so that an error found at its end names its last line, not one past it.
   */
  private static int lineCount(byte[] document) {
    int lines = 0;
    for (byte b : document) {
      if (b == '\n') {
        lines++;
      }
    }
    return document.length > 0 && document[document.length - 1] != '\n'
        ? lines + 1
        : Math.max(lines, 1);
  }

  private static String path(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(r.getFieldName());
      }
    }
    return s.toString();
  }
}
