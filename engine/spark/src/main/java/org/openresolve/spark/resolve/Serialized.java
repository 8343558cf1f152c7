package org.openresolve.spark.resolve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Core values carried through Spark as a binary column. They are computed once per record (match
 * views hold phonetic keys, which are costly) and only ever read back by the same engine build.
 */
final class Serialized {
  private Serialized() {}

  static byte[] toBytes(Serializable value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise " + value.getClass().getName(), e);
    }
    return bytes.toByteArray();
  }

  static <T> T fromBytes(byte[] bytes, Class<T> type) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read back a serialised " + type.getName(), e);
    }
  }
}
