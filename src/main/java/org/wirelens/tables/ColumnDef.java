package org.wirelens.tables;

import org.apache.spark.sql.types.DataType;

/** One column of an output table: name, Spark type, whether it may be null, what it means. */
public record ColumnDef(String name, DataType type, boolean nullable, String doc) {}
