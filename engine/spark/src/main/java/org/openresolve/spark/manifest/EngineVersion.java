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
    return BUILT.getProperty("version", "unknown");
  }

  public static String spark() {
    return org.apache.spark.package$.MODULE$.SPARK_VERSION();
  }

  public static String java() {
    return System.getProperty("java.version");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = EngineVersion.class.getResourceAsStream("/org/openresolve/spark/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
