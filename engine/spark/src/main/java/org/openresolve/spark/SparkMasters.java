package org.openresolve.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Pattern;
import org.openresolve.core.config.UserInputException;

/**
 * Checks a {@code --master} before Spark starts: Spark takes a malformed URL, or a standalone
 * master nobody answers at, only after retrying for a minute and with pages of stack traces.
 */
public final class SparkMasters {
  private static final Pattern LOCAL =
      Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
  private static final Pattern STANDALONE =
      Pattern.compile("spark://[^/:,\\s]+:[0-9]{1,5}(,[^/:,\\s]+:[0-9]{1,5})*");
  private static final Pattern OTHER =
      Pattern.compile("yarn|k8s://\\S+|local-cluster\\[[0-9]+, *[0-9]+, *[0-9]+]");
  private static final int CONNECT_MILLIS = 5_000;

  private SparkMasters() {}

  /** Refuses a master that is no Spark master URL, or a standalone master that does not answer. */
  public static void check(String master) {
    if (master == null || LOCAL.matcher(master).matches() || OTHER.matcher(master).matches()) {
      return;
    }
    if (!STANDALONE.matcher(master).matches()) {
      throw new UserInputException(
          "--master '"
              + master
              + "' is not a Spark master URL; use local[N], local[*], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
    }
    String[] first = master.substring("spark://".length()).split(",")[0].split(":");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(first[0], Integer.parseInt(first[1])), CONNECT_MILLIS);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserInputException(
          "--master "
              + master
              + ": no Spark master answers at "
              + first[0]
              + ":"
              + first[1]
              + " ("
              + e.getMessage()
              + ")");
    }
  }
}
