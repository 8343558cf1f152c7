package org.openresolve.core.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the two primitives the codecs need: varints and nullable strings. */
final class ByteSink {
  private byte[] buf;
  private int length;

  ByteSink(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  /** An unsigned LEB128 varint; negative values take five bytes. */
  void varint(int value) {
    ensure(5);
    int v = value;
    while ((v & ~0x7F) != 0) {
      buf[length++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[length++] = (byte) v;
  }

  /** An unsigned LEB128 varint of a long; negative values take ten bytes. */
  void varlong(long value) {
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      buf[length++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[length++] = (byte) v;
  }

  void size(int n) {
    varint(n);
  }

  /** Length + 1 then the UTF-8 bytes; 0 stands for null. */
  void string(String s) {
    if (s == null) {
      varint(0);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(b.length + 1);
    ensure(b.length);
    System.arraycopy(b, 0, buf, length, b.length);
    length += b.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, length);
  }

  private void ensure(int more) {
    if (length + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
    }
  }
}
