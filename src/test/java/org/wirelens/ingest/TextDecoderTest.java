package org.wirelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf8AndStripsTheByteOrderMark() {
    Decoded d = TextDecoder.decode("\uFEFFÇavuşoğlu said".getBytes(StandardCharsets.UTF_8));
    assertEquals("Çavuşoğlu said", d.text());
    assertNull(d.reason());
  }

  @Test
  void nulBytesAreBinary() {
    Decoded d = TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    assertEquals("binary", d.reason());
    assertEquals("NUL byte at offset 4", d.detail());
  }

  @Test
  void invalidUtf8IsRejectedNotReplaced() {
    Decoded d = TextDecoder.decode(new byte[] {'a', (byte) 0xC3, '(', 'b'});
    assertEquals("invalid_utf8", d.reason());
    assertNull(d.text());
  }
}
