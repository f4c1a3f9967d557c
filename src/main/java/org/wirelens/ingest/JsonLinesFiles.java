package org.wirelens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;
import org.wirelens.tables.RejectsTable;

/** Executor-side helpers of the JSON Lines reader: a whole-file binary check, a streaming map. */
final class JsonLinesFiles {
  private JsonLinesFiles() {}

  /**
   * Why a whole file is one reject rather than lines of records, as {reason, detail}, or null when
   * its lines are records. In a directory, a file whose name is not JSON Lines ({@code .jsonl},
   * {@code .ndjson}, {@code .json}, also compressed) is not read; a file whose first bytes
   * (decompressed) look binary, or that cannot be opened or decompressed, is one reject. Each split
   * of a file asks, so every split agrees and only the first reports it. A stray NUL in a file that
   * starts as JSON does not condemn the whole file: its line is rejected alone.
   */
  static String[] problem(Path path, Configuration conf, boolean inDirectory) {
    String name = path.getName().toLowerCase(java.util.Locale.ROOT);
    String base = name.replaceFirst("\\.(gz|bz2|deflate|zst|lz4|snappy)$", "");
    if (inDirectory
        && !(base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json"))) {
      return new String[] {
        RejectsTable.MALFORMED_JSON,
        "not a JSON Lines file by its name, so not read as records: " + path.getName()
      };
    }
    byte[] head;
    try {
      FileSystem fs = path.getFileSystem(conf);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      try (InputStream raw = fs.open(path);
          InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
        head = in.readNBytes(TextDecoder.SNIFF_BYTES);
      }
    } catch (IOException | RuntimeException e) {
      return new String[] {RejectsTable.BINARY, "cannot be read: " + e.getMessage()};
    }
    String binary = TextDecoder.binary(head, head.length);
    if (binary == null || (startsAsJson(head) && !binary.contains("control bytes"))) {
      return null;
    }
    return new String[] {RejectsTable.BINARY, binary + " (not JSON Lines)"};
  }

  private static boolean startsAsJson(byte[] head) {
    for (byte b : head) {
      if (b == '{') {
        return true;
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Maps an iterator lazily, skipping nulls: a split is read line by line as Spark pulls rows,
   * never collected into a list first.
   */
  static final class LineRows<T extends scala.Tuple2<org.apache.hadoop.io.LongWritable, ?>>
      implements Iterator<Row> {
    private final Iterator<T> in;
    private final Function<T, Row> map;
    private final java.util.function.BiFunction<Long, String, Row> unreadable;
    private Row next;
    private long lastOffset;
    private boolean broken;

    /**
     * @param unreadable the reject for the rest of a file that stops decoding (a truncated gzip):
     *     the records read so far stay, what follows is one reject
     */
    LineRows(
        Iterator<T> in,
        Function<T, Row> map,
        java.util.function.BiFunction<Long, String, Row> unreadable) {
      this.in = in;
      this.map = map;
      this.unreadable = unreadable;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !broken) {
        T t;
        try {
          if (!in.hasNext()) {
            break;
          }
          t = in.next();
        } catch (Exception e) {
          broken = true;
          next =
              unreadable.apply(
                  lastOffset + 1, e.getClass().getSimpleName() + ": " + e.getMessage());
          break;
        }
        lastOffset = t._1().get();
        next = map.apply(t);
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }
  }
}
