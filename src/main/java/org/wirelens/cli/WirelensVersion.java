package org.wirelens.cli;

/** The job's version, from the jar manifest when packaged. */
public final class WirelensVersion {
  private WirelensVersion() {}

  public static String get() {
    String v = WirelensVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
