package org.wirelens.cli;

/** Corpus layouts the job reads. */
public enum InputFormat {
  /** Detect from the input path. */
  AUTO,
  /** A directory of text files with an optional manifest.csv. */
  TEXT,
  /** A directory tree {@code <root>/<source>/<file>}: the folder names the source. */
  TREE,
  /** JSON Lines: one object per line with id, source, text and optional title, published, url. */
  JSONL,
  /** Parquet with columns id, source, text and optional title, published, url. */
  PARQUET
}
