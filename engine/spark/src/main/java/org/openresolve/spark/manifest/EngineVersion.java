package org.openresolve.spark.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions a run reports: this engine's as built, and Spark's and Java's as running. */
public final class EngineVersion {
  private static final Properties BUILT = load();

  private EngineVersion() {}

  public static String engine() {
    return built("version");
  }

  /**
   * The commit the engine was built from, with {@code -dirty} when the working tree had changes;
   * "unknown" for a build outside a git checkout.
   */
  public static String commit() {
    String commit = built("commit");
    return commit.equals("unknown") || !built("dirty").equals("true") ? commit : commit + "-dirty";
  }

  /**
   * A property the build filled in; one it could not fill (no git checkout, an IDE's copy) is
   * unknown.
   */
  private static String built(String key) {
    String value = BUILT.getProperty(key, "");
    return value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  public static String spark() {
    return org.apache.spark.package$.MODULE$.SPARK_VERSION();
  }

  public static String java() {
    return System.getProperty("java.version");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        EngineVersion.class.getResourceAsStream("/org/openresolve/spark/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
