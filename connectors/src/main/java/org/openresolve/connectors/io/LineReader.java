package org.openresolve.connectors.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a byte stream, byte by byte, so that an oversize line never has to be held
 * in memory whole and bad UTF-8 is detected per line rather than failing the file. Accepts LF and
 * CRLF endings, and CR alone when the file's first line ends so (old Mac exports): read as LF
 * files, those would be one line, and a CSV one header with no rows. Elsewhere a lone CR is
 * content. Drops a leading byte-order mark. Counts the lines it read.
 */
public final class LineReader implements Closeable {
  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf = new byte[8192];
  private long lineNumber;
  private boolean eof;

  /** Set at the first line end: whether lines end with a lone CR. */
  private Boolean crOnly;

  public LineReader(InputStream in, int maxBytes) {
    this.in = new BufferedInputStream(requireNonNull(in, "in is null"), 1 << 16);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  public PhysicalLine next() throws IOException {
    if (eof) {
      return null;
    }
    int len = 0;
    long total = 0;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b == '\r' && endsLineAtCr()) {
        break;
      }
      if (len < maxBytes) {
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, Math.min(maxBytes, buf.length * 2));
        }
        buf[len++] = (byte) b;
      }
      total++;
    }
    if (b == -1) {
      eof = true;
      if (total == 0) {
        return null;
      }
    } else if (crOnly == null) {
      crOnly = false;
    }
    lineNumber++;
    if (len > 0 && buf[len - 1] == '\r' && total == len) {
      len--;
      total--;
    }
    int start = 0;
    if (lineNumber == 1
        && len >= 3
        && buf[0] == (byte) 0xEF
        && buf[1] == (byte) 0xBB
        && buf[2] == (byte) 0xBF) {
      start = 3;
    }
    boolean oversize = total > maxBytes;
    String text;
    boolean badEncoding = false;
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(buf, start, len - start));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      // A cut oversize line may end inside a multi-byte character; that is not bad encoding.
      text = new String(buf, start, len - start, StandardCharsets.UTF_8);
      badEncoding = !oversize;
    }
    return new PhysicalLine(lineNumber, text, total - start, oversize, badEncoding);
  }

  /**
   * At a CR: whether it ends the line. The first line end decides for the file: a CR followed by LF
   * is a CRLF file (the LF ends the line, the CR is dropped), a CR followed by anything else a
   * CR-only file.
   */
  private boolean endsLineAtCr() throws IOException {
    if (crOnly == null) {
      in.mark(1);
      int next = in.read();
      if (next != -1) {
        in.reset();
      }
      if (next == '\n') {
        return false;
      }
      crOnly = true;
    }
    return crOnly;
  }

  /** The lines read so far. */
  public long lines() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
