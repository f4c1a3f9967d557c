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

/** Executor-side helpers of the JSON Lines reader: a whole-file binary check, a streaming map. */
final class JsonLinesFiles {
  private JsonLinesFiles() {}

  /**
   * Why a file looks binary (its first bytes, decompressed when the name says gzip or the like), or
   * null. Each split of a file asks, so every split agrees and only the first reports it.
   */
  static String binary(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    try (InputStream raw = fs.open(path);
        InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
      byte[] head = in.readNBytes(TextDecoder.SNIFF_BYTES);
      return TextDecoder.binary(head, head.length);
    }
  }

  /**
   * Maps an iterator lazily, skipping nulls: a split is read line by line as Spark pulls rows,
   * never collected into a list first.
   */
  static final class LineRows<T> implements Iterator<Row> {
    private final Iterator<T> in;
    private final Function<T, Row> map;
    private Row next;

    LineRows(Iterator<T> in, Function<T, Row> map) {
      this.in = in;
      this.map = map;
    }

    @Override
    public boolean hasNext() {
      while (next == null && in.hasNext()) {
        next = map.apply(in.next());
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
