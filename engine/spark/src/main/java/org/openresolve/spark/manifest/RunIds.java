package org.openresolve.spark.manifest;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Run ids that sort by time and do not collide: {@code 20261121T213000Z-1a2b3c4d}. */
public final class RunIds {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {}

  public static String next(Instant at) {
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    return STAMP.format(at) + "-" + HexFormat.of().formatHex(b);
  }
}
