package org.wirelens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.RejectsTable;

/**
 * Parses one JSON Lines record, strictly: the line must be one JSON object; its known fields must
 * be strings (an integral {@code id} is read as its digits); anything else is a reject with a
 * reason and a detail rather than a value coerced into text ({@code "text": ["a", "b"]} is not the
 * text {@code ["a","b"]}). Jackson's streaming parser with its read constraints bounds the work on
 * a pathological line (nesting depth, number length) and the caller bounds the line's size first.
 * Pure Java, so it is fuzzed without Spark.
 */
public final class JsonRecordParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fields read from a record, in {@link RawRecords} naming. */
  public static final List<String> FIELDS =
      List.of(
          Cols.DOC_ID,
          Cols.SOURCE,
          Cols.TITLE,
          DocumentsTable.PUBLISHED,
          DocumentsTable.LANGUAGE,
          DocumentsTable.TRANSLATED_FROM,
          DocumentsTable.URL,
          Cols.TEXT);

  /** The JSON key of each field: the record's {@code id} is the document id. */
  private static final Map<String, String> KEYS = keys();

  /** Deep enough for any real record, shallow enough that a 5,000-deep line fails at once. */
  private static final int MAX_DEPTH = 64;

  private static final int DETAIL_CHARS = 120;

  private final long maxLineBytes;
  private transient JsonFactory factory;

  /**
   * @param maxLineBytes longer lines are rejected as too large before parsing: a line can hold a
   *     text within {@code --max-doc-chars} only up to about six bytes a character ({@code \\uXXXX}
   *     escapes), so a longer one cannot be a valid document
   */
  public JsonRecordParser(long maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  /** The parse of one line: the fields by {@link #FIELDS} name, or a reject. */
  public record Result(Map<String, String> fields, String reason, String detail) {
    static Result reject(String reason, String detail) {
      return new Result(Map.of(), reason, detail);
    }

    /** A reject that keeps the id when it was read before the problem, for rejects.doc_id. */
    static Result reject(String reason, String detail, Map<String, String> read) {
      String id = read.get(Cols.DOC_ID);
      return new Result(id == null ? Map.of() : Map.of(Cols.DOC_ID, id), reason, detail);
    }

    public boolean rejected() {
      return reason != null;
    }
  }

  /** Parses a line already decoded from strict UTF-8; {@code bytes} is its size on disk. */
  public Result parse(String line, long bytes) {
    if (bytes > maxLineBytes) {
      return Result.reject(
          RejectsTable.TOO_LARGE,
          "a line of " + bytes + " bytes, more than a record within --max-doc-chars can take");
    }
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = factory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Result.reject(RejectsTable.MALFORMED_JSON, "not a JSON object: " + head(line));
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        String field = KEYS.get(key);
        if (field == null) {
          p.skipChildren();
          continue;
        }
        switch (value) {
          case VALUE_STRING -> fields.put(field, p.getText());
          case VALUE_NULL -> fields.remove(field);
          case VALUE_NUMBER_INT -> {
            if (!field.equals(Cols.DOC_ID)) {
              return wrongType(key, value, fields);
            }
            fields.put(field, p.getText());
          }
          default -> {
            return wrongType(key, value, fields);
          }
        }
      }
      if (t != JsonToken.END_OBJECT) {
        return Result.reject(
            RejectsTable.MALFORMED_JSON, "not a JSON object: " + head(line), fields);
      }
      if (p.nextToken() != null) {
        return Result.reject(
            RejectsTable.MALFORMED_JSON,
            "more than one JSON value on the line: " + head(line),
            fields);
      }
      if (fields.getOrDefault(Cols.DOC_ID, "").isBlank()) {
        return Result.reject(RejectsTable.MISSING_ID, "record has no id (or an empty one)");
      }
      return new Result(fields, null, null);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      why = why == null ? "invalid JSON" : why.lines().findFirst().orElse("invalid JSON");
      return Result.reject(RejectsTable.MALFORMED_JSON, why + ": " + head(line), fields);
    } catch (IOException e) {
      return Result.reject(RejectsTable.MALFORMED_JSON, e.getMessage() + ": " + head(line), fields);
    }
  }

  private static Result wrongType(String key, JsonToken value, Map<String, String> read) {
    return Result.reject(
        RejectsTable.WRONG_TYPE,
        "field '" + key + "' is " + describe(value) + ", expected a string",
        read);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String head(String line) {
    String h = line.length() <= DETAIL_CHARS ? line : line.substring(0, DETAIL_CHARS) + "...";
    // Control characters would make the detail unreadable in a table or a terminal.
    return h.replaceAll("\\p{Cntrl}", "?");
  }

  private JsonFactory factory() {
    if (factory == null) {
      factory =
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxLineBytes))
                      .build())
              .build();
    }
    return factory;
  }

  private static Map<String, String> keys() {
    Map<String, String> m = new HashMap<>();
    for (String f : FIELDS) {
      m.put(f.equals(Cols.DOC_ID) ? "id" : f, f);
    }
    return Map.copyOf(m);
  }
}
