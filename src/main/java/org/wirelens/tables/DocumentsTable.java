package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.wirelens.text.Languages;

/** The {@code documents} table: one row per ingested, cleaned document. */
public final class DocumentsTable {
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_DAY = "published_day";
  public static final String PUBLISHED_AT = "published_at";
  public static final String LANGUAGE = "language";
  public static final String LANGUAGE_SOURCE = "language_source";
  public static final String DETECTED_LANGUAGE = "detected_language";
  public static final String TRANSLATED_FROM = "translated_from";
  public static final String URL = "url";
  public static final String N_CHARS = "n_chars";
  public static final String N_REMOVED_LINES = "n_removed_lines";
  public static final String N_SENTENCES = "n_sentences";
  public static final String N_TOKENS = "n_tokens";

  public static final TableDef TABLE =
      TableDef.table(
              "documents", "One row per document that passed ingest and cleaning.", Cols.DOC_ID)
          .required(
              Cols.DOC_ID,
              StringType,
              "Document id: manifest `doc_id`, record `id`, or file name without extension (`<source>/<name>` for a folder tree).")
          .required(
              Cols.SOURCE, StringType, "Outlet; `unknown` for a text file without a manifest row.")
          .optional(
              Cols.TITLE,
              StringType,
              "Title given by the input, else the leading headline line taken from the text.")
          .optional(
              PUBLISHED,
              StringType,
              "Publication date or time as given by the input (ISO 8601 in the samples).")
          .optional(
              PUBLISHED_DAY,
              org.apache.spark.sql.types.DataTypes.DateType,
              "The day of `published` (UTC for a time with an offset; a time without one is read as UTC); null when `published` is missing or no ISO 8601 date or date-time (\"yesterday\", \"2020-13-45\", \"2020-01-14T25:00:00Z\": counted in `run_info.warnings` as `unreadable_published`, never guessed).")
          .optional(
              PUBLISHED_AT,
              org.apache.spark.sql.types.DataTypes.TimestampType,
              "The instant of `published`, only where it gives a time; null for a bare date, which is a day and not midnight.")
          .optional(
              LANGUAGE,
              StringType,
              "Language of the document: the input's or manifest's value as given (ISO 639-1 in the samples) where it gives one, else `detected_language`; null when neither has one.")
          .optional(
              LANGUAGE_SOURCE,
              StringType,
              "Where `language` comes from: `input` (the input or manifest; it wins over the detector) or `detected`; null when `language` is.")
          .optional(
              DETECTED_LANGUAGE,
              StringType,
              "ISO 639-1 code the detector (Optimaize language-detector; Chinese, Japanese and Korean by script) finds in the title and text, also where the input gives a language: null for text with fewer than "
                  + Languages.MIN_LETTERS
                  + " letters (a Han, kana or Hangul character counts three) or where the detector is less than "
                  + Languages.MIN_PROBABILITY
                  + " sure. Where the input's code (read as ISO 639-1: `de-AT` and `deu` are `de`) names another language, the document is counted in `run_info.warnings` as `language_disagreement`.")
          .optional(
              TRANSLATED_FROM,
              StringType,
              "Language the text was translated from, if the input says so.")
          .optional(URL, StringType, "Article URL, if the input gives one.")
          .required(
              Cols.INPUT,
              StringType,
              "Where the record came from: file path, or `path@byte-offset` for a JSON line, or `path#row` for Parquet.")
          .required(
              Cols.TEXT,
              StringType,
              "Cleaned text (NFC, chrome and title lines removed). All offsets in other tables index this string.")
          .required(
              N_CHARS,
              IntegerType,
              "Length of `text` in UTF-16 code units (Java/Spark string length).")
          .required(
              N_REMOVED_LINES,
              IntegerType,
              "Number of lines removed by cleaning (rows in `removed_lines`).")
          .required(
              N_SENTENCES,
              IntegerType,
              "Sentences: Spark NLP's SentenceDetector, with splits after abbreviations and ranks mended.")
          .required(N_TOKENS, IntegerType, "Tokens found by Spark NLP's Tokenizer.")
          .optional(
              Cols.BATCH_ID,
              StringType,
              "Batch the document was stored with (`--batch-id`); null in an output without batches.")
          .build();

  private DocumentsTable() {}
}
