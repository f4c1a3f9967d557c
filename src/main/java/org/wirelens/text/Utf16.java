package org.wirelens.text;

import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.octet_length;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * UTF-16 code units, the unit of every offset wirelens stores (Java's string indices). Spark SQL's
 * string functions count code points instead, one less for each character outside the Basic
 * Multilingual Plane (emoji, CJK extensions), so lengths and cuts go through here or through Java.
 */
public final class Utf16 {
  private Utf16() {}

  /** Length of a string column in UTF-16 code units. */
  public static Column length(Column text) {
    return octet_length(encode(text, "UTF-16BE")).divide(2).cast(DataTypes.IntegerType);
  }
}
