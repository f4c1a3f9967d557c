package org.wirelens.tables;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output table's contract: name, grain, key, and columns. The writer checks every dataset
 * against it and the README documentation is generated from it, so the two cannot drift.
 */
public record TableDef(String name, String grain, List<String> key, List<ColumnDef> columns) {

  /** Starts a table definition. */
  public static Builder table(String name, String grain, String... key) {
    return new Builder(name, grain, List.of(key));
  }

  /** The Spark schema of the table. */
  public StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (ColumnDef c : columns) {
      fields.add(DataTypes.createStructField(c.name(), c.type(), c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  /** The table's columns, in order, for a select. */
  public Column[] selectColumns() {
    return columns.stream().map(c -> col(c.name())).toArray(Column[]::new);
  }

  /**
   * The table's columns for writing: each column declared non-null fails the write with the table
   * and column named when a row holds a null there, so the documented contract is enforced rather
   * than trusted (Spark's derived nullability is loose and Parquet writes nulls anyway).
   */
  public Column[] enforcedColumns() {
    return columns.stream()
        .map(
            c ->
                c.nullable()
                    ? col(c.name())
                    : coalesce(
                            col(c.name()),
                            raise_error(
                                lit(
                                    "table "
                                        + name
                                        + ": column "
                                        + c.name()
                                        + " is null in a row, but it is declared non-null")))
                        .as(c.name()))
        .toArray(Column[]::new);
  }

  /** The README section for this table. */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("### `").append(name).append("`\n\n");
    sb.append(grain).append(" Key: ");
    sb.append(String.join(", ", key.stream().map(k -> "`" + k + "`").toList())).append(".\n\n");
    sb.append("| column | type | null | meaning |\n|---|---|---|---|\n");
    for (ColumnDef c : columns) {
      sb.append("| `").append(c.name()).append("` | ").append(typeName(c.type())).append(" | ");
      sb.append(c.nullable() ? "yes" : "no").append(" | ").append(c.doc()).append(" |\n");
    }
    return sb.toString();
  }

  private static String typeName(DataType t) {
    return t.simpleString().toLowerCase(Locale.ROOT);
  }

  /** Accumulates columns in order. */
  public static final class Builder {
    private final String name;
    private final String grain;
    private final List<String> key;
    private final List<ColumnDef> columns = new ArrayList<>();

    Builder(String name, String grain, List<String> key) {
      this.name = name;
      this.grain = grain;
      this.key = key;
    }

    /** A column that is never null. */
    public Builder required(String column, DataType type, String doc) {
      columns.add(new ColumnDef(column, type, false, doc));
      return this;
    }

    /** A column that may be null. */
    public Builder optional(String column, DataType type, String doc) {
      columns.add(new ColumnDef(column, type, true, doc));
      return this;
    }

    public TableDef build() {
      return new TableDef(name, grain, key, List.copyOf(columns));
    }
  }
}
