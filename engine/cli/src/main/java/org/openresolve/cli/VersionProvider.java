package org.openresolve.cli;

import org.openresolve.spark.manifest.EngineVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "er "
          + EngineVersion.engine()
          + " (commit "
          + EngineVersion.commit()
          + ", Spark "
          + EngineVersion.spark()
          + ", Java "
          + EngineVersion.java()
          + ")"
    };
  }
}
