package org.wirelens.ingest;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.wirelens.WirelensException;
import org.wirelens.cli.InputFormat;

/** Works out the input format from the path, through Hadoop's FileSystem (local, HDFS, …). */
public final class FormatDetector {
  public static final String MANIFEST = "manifest.csv";

  private FormatDetector() {}

  /** The format to read {@code input} with; a missing path or unknown layout is a user error. */
  public static InputFormat detect(String input, InputFormat requested, Configuration conf) {
    Path path = new Path(input);
    FileStatus status;
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new WirelensException("input not found: " + input);
      }
      status = fs.getFileStatus(path);
      if (requested != InputFormat.AUTO) {
        return requested;
      }
      if (status.isFile()) {
        return byExtension(path.getName(), input);
      }
      boolean anyFile = false;
      boolean anySubdir = false;
      for (FileStatus child : fs.listStatus(path)) {
        String name = child.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        if (child.isDirectory()) {
          anySubdir = true;
          continue;
        }
        anyFile = true;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet")) {
          return InputFormat.PARQUET;
        }
        if (isJsonLines(lower)) {
          return InputFormat.JSONL;
        }
      }
      if (anyFile) {
        return InputFormat.TEXT;
      }
      if (anySubdir) {
        return InputFormat.TREE;
      }
      throw new WirelensException("no input files in " + input);
    } catch (IOException e) {
      throw new WirelensException("cannot read input " + input + ": " + e.getMessage());
    }
  }

  /** JSON Lines, also compressed (Hadoop decompresses .gz, .bz2 and the like by extension). */
  private static boolean isJsonLines(String lower) {
    String name = lower.replaceFirst("\\.(gz|bz2|deflate|zst|lz4|snappy)$", "");
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  private static InputFormat byExtension(String name, String input) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (isJsonLines(lower)) {
      return InputFormat.JSONL;
    }
    if (lower.endsWith(".parquet")) {
      return InputFormat.PARQUET;
    }
    throw new WirelensException(
        "unknown input format for "
            + input
            + ": expected a directory, *.jsonl (also .jsonl.gz) or *.parquet (or say --format)");
  }
}
