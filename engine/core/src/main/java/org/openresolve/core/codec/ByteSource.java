package org.openresolve.core.codec;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteSink} wrote; a truncated or malformed input fails with its position. */
final class ByteSource {
  private final byte[] buf;
  private int pos;

  ByteSource(byte[] buf) {
    this.buf = buf;
  }

  int varint() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      byte b = next();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("malformed varint ending at byte " + pos);
  }

  long varlong() {
    long value = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      byte b = next();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("malformed varint ending at byte " + pos);
  }

  String string() {
    int n = varint();
    if (n == 0) {
      return null;
    }
    int len = n - 1;
    if (len < 0 || len > buf.length - pos) {
      throw new IllegalArgumentException(
          "string of "
              + len
              + " bytes at byte "
              + pos
              + " runs past the end ("
              + buf.length
              + " bytes)");
    }
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos == buf.length;
  }

  private byte next() {
    if (pos >= buf.length) {
      throw new IllegalArgumentException("unexpected end of input at byte " + pos);
    }
    return buf[pos++];
  }
}
