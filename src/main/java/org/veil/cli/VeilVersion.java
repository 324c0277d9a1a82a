package org.veil.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "dev" when run from classes. */
public final class VeilVersion implements IVersionProvider {
  public static String version() {
    String version = VeilVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"veil " + version(), "Java " + Runtime.version()};
  }
}
