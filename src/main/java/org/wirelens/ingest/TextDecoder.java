package org.wirelens.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.wirelens.tables.RejectsTable;

/**
 * Decodes raw bytes as strict UTF-8. Binary content (NUL bytes, or many control bytes in the first
 * 8 KiB) and undecodable bytes are rejects, never silently replaced characters.
 */
public final class TextDecoder {
  private static final double MAX_CONTROL_SHARE = 0.1;

  private TextDecoder() {}

  /** Bytes looked at to tell binary content from text. */
  public static final int SNIFF_BYTES = 8192;

  /** Decodes {@code bytes}, stripping a UTF-8 byte-order mark. */
  public static Decoded decode(byte[] bytes) {
    String binary = binary(bytes, Math.min(bytes.length, SNIFF_BYTES));
    if (binary != null) {
      return Decoded.reject(RejectsTable.BINARY, binary);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return Decoded.ok(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Decoded.reject(
          RejectsTable.INVALID_UTF8,
          "not valid UTF-8 (" + e.getClass().getSimpleName() + "), " + bytes.length + " bytes");
    }
  }

  /**
   * Why the first {@code n} bytes look binary (a NUL byte, or more than a tenth control bytes), or
   * null when they look like text.
   */
  public static String binary(byte[] bytes, int n) {
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "NUL byte at offset " + i;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (n > 0 && control > n * MAX_CONTROL_SHARE) {
      return control + " control bytes in the first " + n + " bytes";
    }
    return null;
  }
}
