package org.openresolve.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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

  private static ConfigFileException translate(String name, byte[] document, JsonProcessingException e) {
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
          "unknown key '"
              + u.getPropertyName()
              + "'; known keys: "
              + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      problem =
          "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      problem = v.getCause().getMessage();
    } else {
      problem = e.getOriginalMessage();
    }
    return new ConfigFileException(name, line, path, problem);
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
