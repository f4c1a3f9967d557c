package org.wirelens.ingest;

/** A file's bytes decoded: either text, or a reject reason with detail. */
public record Decoded(String text, String reason, String detail) {
  static Decoded ok(String text) {
    return new Decoded(text, null, null);
  }

  static Decoded reject(String reason, String detail) {
    return new Decoded(null, reason, detail);
  }
}
